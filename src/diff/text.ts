import { pick, type Lang } from '../i18n.js';
import { diffMessages } from './messages.js';
import type { DiffSummary } from './summary.js';

/** `item`: a line under the one before (事業 per 号), indented by the stdout summary, nested in HTML. */
export interface SummaryLine { text: string; error?: boolean; item?: boolean }

/** The summary as lines: the command prints them, the table's heading repeats them. */
export function summaryLines(s: DiffSummary, lang: Lang, withRevision = true): SummaryLine[] {
  const say = (id: string, p?: Record<string, unknown>) => pick(diffMessages, lang, id, p);
  const out: SummaryLine[] = [];
  if (!s.municipality.same) out.push({ text: say('other-municipality', { old: s.municipality.old ?? '?', new: s.municipality.new ?? '?' }), error: true });
  if (s.revision && withRevision) out.push({ text: say('revision', { date: s.revision.date, content: s.revision.content ?? '' }).trim() });
  if (s.publication) out.push({ text: say('publication', { detail: [s.publication.date, s.publication.url, s.publication.method].filter(Boolean).join('　') }) });
  if (s.period.changed) out.push({ text: say('period', { old: s.period.old ?? '—', new: s.period.new ?? '—' }) });
  else if (s.period.new) out.push({ text: say('period-same', { period: s.period.new }) });
  if (s.counts.total === 0) return [...out, { text: say('identical') }];
  if (s.byCode.length) {
    out.push({ text: say('by-code') });
    for (const row of s.byCode) {
      const parts = (['added', 'removed', 'changed'] as const).filter((k) => row[k] > 0).map((k) => say(k, { n: row[k] })).join('、');
      out.push({ text: say('code-row', { code: row.code || '—', name: row.name, parts }), item: true });
    }
  }
  const cov = s.coverage;
  if (cov.lost.length || cov.gained.length || cov.oldCovered !== cov.newCovered) out.push({ text: say('coverage', { old: `${cov.oldCovered}/${cov.mandated}`, new: `${cov.newCovered}/${cov.mandated}` }) });
  else out.push({ text: say('coverage-same', { n: cov.newCovered, total: cov.mandated }) });
  for (const c of cov.lost) out.push({ text: say('lost', { ...c }), error: true });
  for (const c of cov.gained) out.push({ text: say('gained', { ...c }) });
  out.push({ text: say('counts', s.counts) });
  return out;
}
