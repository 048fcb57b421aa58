import { isObject, walkBusinesses, type Chapter } from '../../plan.js';
import { canonicalCodes, codeEntry, codeTable } from '../codes.js';
import { planContentsTable, type ContentKey } from '../law.js';
import type { Rule, RuleContext } from '../rule.js';

/** The 号 whose 提供体制 the ministry's list asks for (第6号 goes with 第5号 where they are one 事業). */
const PROVIDED = ['第1号', '第2号', '第3号', '第4号', '第5号'];
/** Fields that say how a 事業 is provided: who runs it, where, under which 課. */
const PROVISION_FIELDS = ['実施方式', '実施主体', '支援機関', '実施機関', '所管課', '圏域', '活動場所', '設置形態'] as const;
const HEADING: Record<Exclude<ContentKey, '提供体制' | '目標'>, RegExp> = {
  // The ministry's 基本方針 covers 「事業全体の実施目的、各分野の事業に共通する基本方針」.
  基本方針: /基本方針|方針|方向性|目的|理念|基本的な考え方/,
  連携: /連携|推進体制/,
};

export const planContents: Rule = {
  id: 'plan-contents',
  severity: 'warning',
  description: { ja: '計画が、施行規則第34条の10の記載事項（基本方針・各事業の提供体制・目標と評価指標・関係機関の連携）を備えている', en: 'The plan holds what 施行規則第34条の10 asks for: basic policy, provision of each business, targets with indicators, agencies working together' },
  docs: {
    ja: '社会福祉法第106条の5第1項は、計画に「重層的支援体制整備事業の提供体制に関する事項その他厚生労働省令で定める事項」を定めるよう求め、厚生労働省の資料（社会保障審議会福祉部会 第29回 資料1、策定ガイドライン）は施行規則第34条の10の事項を、基本方針、第1号〜第5号の事業それぞれの提供体制、事業目標・評価指標、関係機関間の一体的な連携とまとめています。基本方針は見出しに「基本方針」「方針」「方向性」「目的」「理念」「基本的な考え方」を含む章・節、連携は見出しに「連携」「推進体制」を含む章・節、会議、または推進体制で確かめます。見出しからわからない章・節には「記載事項: [基本方針]」のように付けます。提供体制は、号ごとに、その号の事業（取組を含む）のどれかが実施方式・実施主体・支援機関・実施機関・所管課・圏域・活動場所・設置形態のいずれかを書いていれば満たします（記載事項に「提供体制」と付けた章・節があれば計画全体で満たします）。目標は、計画または事業の「目標」に評価指標（指標）が1つ以上あれば満たします。どれも努力義務の計画の中身なので警告です。',
    en: '社会福祉法第106条の5第1項 asks the plan to set out the provision of the project and the matters the ordinance adds; the ministry\'s material (社会保障審議会福祉部会, 29th meeting, 資料1, the 策定ガイドライン) summarises 施行規則第34条の10 as a basic policy, the provision of each business of 第1号 to 第5号, targets with evaluation indicators, and agencies working together. The basic policy is found as a 章 or 節 whose heading contains 基本方針, 方針, 方向性, 目的, 理念 or 基本的な考え方; working together as a heading with 連携 or 推進体制, a 会議, or 推進体制. Mark a 章 whose heading does not say so with 記載事項: [基本方針]. Provision is met per 号 when some 事業 or 取組 of that 号 states any of 実施方式, 実施主体, 支援機関, 実施機関, 所管課, 圏域, 活動場所, 設置形態 (a 章 marked 記載事項: [提供体制] meets it for the whole plan). Targets are met by at least one 指標 in 計画.目標 or a 事業\'s 目標. The plan itself is a duty to endeavour, so these are warnings.',
  },
  messages: {
    ja: {
      missing: '計画に{item}がありません（{provision}）',
      missingNote: '{summary}',
      basicPolicyNote: '{summary}。見出しが「基本方針」などでない章・節には「記載事項: [基本方針]」と付けます',
      goalNote: '「目標」に評価指標（指標・現状値・目標値・単位・目標年度）を書いてください。例：{summary}',
      provision: '{code}（{name}）の事業に提供体制の記載（実施方式・支援機関・所管課など）がありません（{provision}）',
      基本方針: '基本方針', 目標: '目標と評価指標', 連携: '関係機関の連携についての記載',
    },
    en: {
      missing: 'the plan has no {item} ({provision})',
      missingNote: '{summary}',
      basicPolicyNote: '{summary}; mark a 章 whose heading does not say so with 記載事項: [基本方針]',
      goalNote: 'write 目標 with an indicator (指標, 現状値, 目標値, 単位, 目標年度); e.g. {summary}',
      provision: 'no 事業 of {code} ({name}) says how it is provided (実施方式, 支援機関, 所管課 …) ({provision})',
      基本方針: 'basic policy', 目標: 'targets with indicators', 連携: 'statement of how the agencies work together',
    },
  },
  check(ctx) {
    const { contents } = planContentsTable();
    const summary = (key: ContentKey) => {
      const item = contents.items.find((i) => i.key === key);
      return ctx.lang === 'en' ? item?.summaryEn : item?.summary;
    };
    const url = `${codeTable().eGovBase}${codeTable().law.lawId}#Mp-At_106_5-Pr_1`;
    const item = (key: '基本方針' | '目標' | '連携') => planContents.messages[ctx.lang][key];
    const chapters = allChapters(ctx.plan.章);
    const marked = (key: ContentKey) => chapters.some((c) => Array.isArray(c.記載事項) && c.記載事項.includes(key));
    const headed = (re: RegExp) => chapters.some((c) => typeof c.見出し === 'string' && re.test(c.見出し));

    if (Array.isArray(ctx.plan.章) && !marked('基本方針') && !headed(HEADING.基本方針)) {
      ctx.report({ path: ['章'], target: 'key', messageId: 'missing', noteId: 'basicPolicyNote', params: { item: item('基本方針'), provision: contents.provision, summary: summary('基本方針') }, url });
    }
    if (!marked('提供体制')) checkProvision(ctx, contents.provision, url);
    if (!hasGoal(ctx) && !ctx.broken(['計画', '目標'])) {
      ctx.report({ path: isObject(ctx.plan.計画) ? ['計画'] : [], target: 'key', messageId: 'missing', noteId: 'goalNote', params: { item: item('目標'), provision: contents.provision, summary: summary('目標') }, url });
    }
    // A misspelt 会議 or 推進体制 (会義:) is unknown-key's finding; the plan is not also told it lacks them.
    const meetings = (Array.isArray(ctx.plan.会議) && ctx.plan.会議.length > 0) || ctx.broken(['会議']) || ctx.broken(['推進体制']);
    if (Array.isArray(ctx.plan.章) && !meetings && !isObject(ctx.plan.推進体制) && !marked('連携') && !headed(HEADING.連携)) {
      ctx.report({ path: ['章'], target: 'key', messageId: 'missing', noteId: 'missingNote', params: { item: item('連携'), provision: contents.provision, summary: summary('連携') }, url });
    }
  },
};

function allChapters(v: unknown, out: Chapter[] = []): Chapter[] {
  for (const c of Array.isArray(v) ? v : []) {
    if (!isObject(c)) continue;
    out.push(c as Chapter);
    allChapters(c.節, out);
  }
  return out;
}

/** The 号 group a code belongs to: 第1号イ → 第1号. */
function group(code: string): string {
  return codeEntry(code)?.parent ?? code;
}

function checkProvision(ctx: RuleContext, provision: string, url: string) {
  const first = new Map<string, (string | number)[]>();
  const provided = new Set<string>();
  for (const { business, path, inheritedCodes } of walkBusinesses(ctx.plan)) {
    const groups = new Set(canonicalCodes(inheritedCodes).map(group));
    const states = PROVISION_FIELDS.some((f) => business[f] !== undefined);
    for (const g of groups) {
      if (!first.has(g)) first.set(g, path);
      if (states) provided.add(g);
    }
  }
  for (const g of PROVIDED) {
    const path = first.get(g);
    // A 号 no 事業 carries is mandated-codes' finding, not this one.
    if (!path || provided.has(g)) continue;
    const entry = codeEntry(g)!;
    ctx.report({ path: [...path, '名称'], messageId: 'provision', params: { code: g, name: ctx.lang === 'en' ? entry.nameEn : entry.name, provision }, url });
  }
}

function hasGoal(ctx: RuleContext): boolean {
  const named = (goals: unknown) => Array.isArray(goals) && goals.some((g) => isObject(g) && typeof g.指標 === 'string' && g.指標.trim() !== '');
  if (named(ctx.plan.計画?.目標)) return true;
  for (const { business } of walkBusinesses(ctx.plan)) if (named(business.目標)) return true;
  return false;
}
