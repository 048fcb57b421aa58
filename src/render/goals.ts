import { fiscalYear, formatFiscalYear } from '../wareki.js';
import type { GoalView } from './view.js';
import { list, record, text } from './values.js';

/** A 年度 as the plan gives it, read into 和暦 where it can be (2024 → 令和6年度); otherwise as written. */
function year(v: unknown): string | undefined {
  const y = fiscalYear(v);
  return y === undefined ? text(v) : formatFiscalYear(y);
}

/** 目標 (of the plan or of a 事業) as table rows: one per 評価指標, in the plan's order. */
export function goalViews(v: unknown): GoalView[] {
  return list(v).map((g) => {
    const r = record(g);
    return {
      indicator: text(r.指標) ?? '', current: text(r.現状値), target: text(r.目標値), unit: text(r.単位),
      baseYear: year(r.基準年度), targetYear: year(r.目標年度), remark: text(r.備考),
    };
  });
}
