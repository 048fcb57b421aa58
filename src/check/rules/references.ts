import { formatPath, type DataPath } from '../../diagnostic.js';
import { isObject, walkBusinesses, type Chapter } from '../../plan.js';
import type { Rule, RuleContext } from '../rule.js';

export const references: Rule = {
  id: 'references',
  severity: 'error',
  description: { ja: 'IDは一意で、章・会議・推進体制からの参照先が存在する', en: 'IDs are unique and every reference to a 事業 or 会議 resolves' },
  docs: {
    ja: '事業と会議にはIDを付け、章（どこに掲載するか）、会議（どの事業が運営するか）、推進体制、評価・見直し、意見聴取からIDで参照します。同じIDが2つあったり、存在しないIDを参照したりすると、印刷物で事業が抜けたり重複したりします。また、1つの事業を2つの章に掲載すると二重に印刷されるため、警告します。',
    en: '事業 and 会議 carry IDs; chapters (where a 事業 is printed), meetings, 推進体制, 評価・見直し and 意見聴取 refer to them. A duplicated ID or a reference to a missing one would drop or duplicate content in the printed plan. A 事業 placed in two chapters would print twice, which is a warning.',
  },
  messages: {
    ja: {
      duplicateId: 'ID「{id}」が重複しています（最初は{first}）',
      missingBusiness: '事業ID「{id}」の事業がありません',
      missingMeeting: '会議ID「{id}」の会議がありません',
      placedTwice: '事業「{id}」が2つの章に掲載されています（最初は{first}）',
    },
    en: {
      duplicateId: 'the ID "{id}" is used twice (first at {first})',
      missingBusiness: 'no 事業 has the ID "{id}"',
      missingMeeting: 'no 会議 has the ID "{id}"',
      placedTwice: 'the 事業 "{id}" is placed in two chapters (first at {first})',
    },
  },
  check(ctx) {
    const plan = ctx.plan;
    const seen = new Map<string, string>();
    const define = (id: unknown, path: DataPath) => {
      if (typeof id !== 'string') return;
      const where = formatPath(path);
      if (seen.has(id)) ctx.report({ path: [...path, 'ID'], messageId: 'duplicateId', params: { id, first: seen.get(id) } });
      else seen.set(id, where);
    };
    const businessIds = new Set<string>();
    for (const { business, path } of walkBusinesses(plan)) {
      define(business.ID, path);
      if (typeof business.ID === 'string') businessIds.add(business.ID);
    }
    const meetingIds = new Set<string>();
    (Array.isArray(plan.会議) ? plan.会議 : []).forEach((m, i) => {
      define(m?.ID, ['会議', i]);
      if (typeof m?.ID === 'string') meetingIds.add(m.ID);
    });
    const refs = (list: unknown, path: DataPath, ids: Set<string>, messageId: string) => {
      // References into a misspelt 事業 or 会議 list would all fail: the unknown-key error names the cause.
      if (!Array.isArray(list) || ctx.broken([messageId === 'missingBusiness' ? '事業' : '会議'])) return;
      list.forEach((id, i) => {
        if (typeof id === 'string' && !ids.has(id)) ctx.report({ path: [...path, i], messageId, params: { id } });
      });
    };
    const placed = new Map<string, string>();
    const walkChapters = (list: unknown, path: DataPath) => {
      if (!Array.isArray(list)) return;
      list.forEach((ch: Chapter, i) => {
        if (!isObject(ch)) return;
        const here = [...path, i];
        refs(ch.事業, [...here, '事業'], businessIds, 'missingBusiness');
        refs(ch.会議, [...here, '会議'], meetingIds, 'missingMeeting');
        (Array.isArray(ch.事業) ? ch.事業 : []).forEach((id, k) => notePlacement(ctx, placed, id, [...here, '事業', k]));
        walkChapters(ch.節, [...here, '節']);
      });
    };
    walkChapters(plan.章, ['章']);
    for (const { business, path } of walkBusinesses(plan)) refs(business.会議, [...path, '会議'], meetingIds, 'missingMeeting');
    (Array.isArray(plan.会議) ? plan.会議 : []).forEach((m, i) => refs(m?.事業, ['会議', i, '事業'], businessIds, 'missingBusiness'));
    refs(plan.推進体制?.会議, ['推進体制', '会議'], meetingIds, 'missingMeeting');
    refs(plan.計画?.['評価・見直し']?.会議, ['計画', '評価・見直し', '会議'], meetingIds, 'missingMeeting');
    (Array.isArray(plan.計画?.意見聴取) ? plan.計画.意見聴取 : []).forEach((h, i) => refs(h?.会議, ['計画', '意見聴取', i, '会議'], meetingIds, 'missingMeeting'));
  },
};

function notePlacement(ctx: RuleContext, placed: Map<string, string>, id: unknown, path: DataPath) {
  if (typeof id !== 'string') return;
  const first = placed.get(id);
  if (first) ctx.report({ path, messageId: 'placedTwice', params: { id, first }, severity: 'warning' });
  else placed.set(id, formatPath(path));
}
