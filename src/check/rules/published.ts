import { isObject } from '../../plan.js';
import { formatYearMonth, monthIndex as months, yearMonth, type YearMonth } from '../../wareki.js';
import { paragraph } from '../law.js';
import type { Rule } from '../rule.js';

export const published: Rule = {
  id: 'published',
  severity: 'warning',
  description: { ja: '計画（最新の改定）を公表した年月・場所・方法が書かれている', en: 'The plan says when, where and how it (its latest revision) was published' },
  docs: {
    ja: '社会福祉法第106条の5第4項は、計画を策定・変更したときは遅滞なく公表するよう努めると定めます。「計画.公表」に、公表した年月、掲載したURL、方法（ホームページへの掲載、窓口での閲覧など）を書きます。公表の年月が最新の策定・改定の年月より前なら、最新の改定がまだ公表されていないものとして知らせます。努力義務なので警告です。計画書に記載がなければ、警告はそのまま残ります。',
    en: '社会福祉法第106条の5第4項 asks the municipality to endeavour to publish the plan without delay when it is made or changed. Record in 計画.公表 when it was published, the URL and how (on the website, at the counter …). A 公表 dated before the latest adoption or revision is reported as the latest revision not yet published. A duty to endeavour, so a warning; where the plan says nothing, the warning is true.',
  },
  messages: {
    ja: {
      missing: '計画を公表した年月・場所・方法（公表）がありません（{provision}）',
      missingNote: '「計画.公表」に年月・URL・方法を書いてください',
      stale: '公表の年月（{published}）が最新の策定・改定（{latest}）より前です（{provision}）',
    },
    en: {
      missing: 'the plan does not say when and how it was published (公表) ({provision})',
      missingNote: 'record 年月, URL and 方法 in 計画.公表',
      stale: 'the plan was published ({published}) before its latest adoption or revision ({latest}) ({provision})',
    },
  },
  check(ctx) {
    const info = ctx.plan.計画;
    if (!isObject(info) || ctx.broken(['計画', '公表'])) return;
    const { provision, url } = paragraph('第4項');
    if (!isObject(info.公表)) {
      ctx.report({ path: ['計画'], target: 'key', messageId: 'missing', noteId: 'missingNote', params: { provision }, url });
      return;
    }
    const when = yearMonth(info.公表.年月);
    if (!when) return;
    const dates = [yearMonth(info.策定), ...(Array.isArray(info.改定) ? info.改定 : []).map((r) => yearMonth(isObject(r) ? r.年月 : undefined))]
      .filter((d): d is YearMonth => d !== undefined);
    const latest = dates.sort((a, b) => months(a) - months(b)).at(-1);
    if (latest && months(when) < months(latest)) {
      ctx.report({ path: ['計画', '公表', '年月'], messageId: 'stale', params: { published: formatYearMonth(when), latest: formatYearMonth(latest), provision }, url });
    }
  },
};
