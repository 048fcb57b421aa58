import type { Rule } from '../rule.js';
import { codeForm } from './code-form.js';
import { codeName } from './code-name.js';
import { codeNotation } from './code-notation.js';
import { consigneeStated } from './consignee-stated.js';
import { eraYear } from './era-year.js';
import { facilityCount } from './facility-count.js';
import { figureImage } from './figure-image.js';
import { harmonyPlans } from './harmony-plans.js';
import { manyCodes } from './many-codes.js';
import { mandatedCodesRule } from './mandated-codes.js';
import { meetingConsent } from './meeting-consent.js';
import { municipalityCode } from './municipality-code.js';
import { noteMarks } from './note-marks.js';
import { planContents } from './plan-contents.js';
import { planPeriod } from './plan-period.js';
import { publicOpinion } from './public-opinion.js';
import { published } from './published.js';
import { references } from './references.js';
import { schemaRule } from './schema.js';
import { unfilled } from './unfilled.js';
import { unknownKey } from './unknown-key.js';
import { unplacedBusiness } from './unplaced-business.js';

/** Every rule, in the order their findings are most useful to read. */
export const rules: readonly Rule[] = [
  schemaRule, unknownKey, unfilled, mandatedCodesRule, codeForm, codeNotation, codeName, manyCodes, municipalityCode,
  eraYear, planPeriod, consigneeStated, facilityCount, references, noteMarks, unplacedBusiness, meetingConsent,
  figureImage,
  // What 第106条の5 asks of the plan as a whole: read last, after the findings about its parts.
  planContents, harmonyPlans, publicOpinion, published,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
