import { basisUrl, codeTable, provisionUrl, type CodeEntry } from '../check/codes.js';
import type { Plan } from '../plan.js';
import { walkBusinesses } from '../plan.js';
import type { Registry } from './registry.js';
import type { CoverageRowView, CoverageView, LinkView } from './view.js';
import { text, texts } from './values.js';

/**
 * The 対応表: each 号 of 第106条の4第2項 against the 事業 and 取組 that carry it. Only codes a 事業 or
 * 取組 names itself count (as in the mandated-codes rule); a 取組 that inherits its parent's code is
 * reached through the parent's link.
 */
export function coverageView(plan: Plan, reg: Registry): CoverageView {
  const byCode = new Map<string, LinkView[]>();
  for (const { business } of walkBusinesses(plan)) {
    for (const code of texts(business.号)) {
      const links = byCode.get(code) ?? [];
      links.push({ text: text(business.名称) ?? text(business.ID) ?? '', href: `#${reg.anchorOf(business)}` });
      byCode.set(code, links);
    }
  }
  const row = (entry: CodeEntry): CoverageRowView => {
    const implementers = byCode.get(entry.code) ?? [];
    const basisHref = basisUrl(entry);
    return {
      code: entry.code, name: entry.name, provision: entry.provision, href: provisionUrl(entry),
      basis: entry.basis && basisHref ? { text: `${entry.basis.law}${entry.basis.article}`, href: basisHref } : undefined,
      implementers, covered: implementers.length > 0,
    };
  };
  const codes = codeTable().codes;
  const rows = codes.filter((c) => c.mandated).map(row);
  const others = codes.filter((c) => !c.mandated && byCode.has(c.code)).map(row);
  const missing = rows.filter((r) => !r.covered).length;
  return { rows, complete: missing === 0, missing, others };
}
