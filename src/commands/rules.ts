import { rules } from '../check/rules/index.js';
import type { Lang } from '../i18n.js';
import type { RuleDoc } from '../load/rule-docs.js';
import { isFixable } from '../report/rules-doc.js';
import { suppressionRuleDocs } from '../suppress/rule-docs.js';

const FIXABLE: Record<Lang, string> = { ja: '--fix で修正可', en: 'fixable with --fix' };

/** The checking rules, then the ids the suppression directives report under. */
const listed: readonly RuleDoc[] = [...rules, ...suppressionRuleDocs];

/** Prints the rules (id, severity, fixable mark, one line) or one rule's full documentation. */
export function runRules(id: string | undefined, lang: Lang): number {
  if (id) {
    const rule = listed.find((r) => r.id === id);
    if (!rule) {
      process.stderr.write(lang === 'en' ? `jusou: no rule "${id}"\n` : `jusou: ルール「${id}」はありません\n`);
      return 2;
    }
    const fix = isFixable(rule) ? ` [${FIXABLE[lang]}]` : '';
    process.stdout.write(`${rule.id} (${rule.severity})${fix}\n${rule.description[lang]}\n\n${rule.docs[lang]}\n`);
    return 0;
  }
  const mark = (r: RuleDoc) => (isFixable(r) ? '✓' : '').padEnd(4);
  // Headers padded by display width: a kanji takes two columns.
  process.stdout.write(`${'ID'.padEnd(24)} ${lang === 'en' ? 'severity fix  description' : '重大度   修正 内容'}\n`);
  for (const r of listed) process.stdout.write(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${mark(r)} ${r.description[lang]}\n`);
  process.stdout.write(`\n✓ = ${FIXABLE[lang]}\n`);
  return 0;
}
