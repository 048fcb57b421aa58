import type { Rule } from '../rule.js';
import { pointerToPath } from '../schema.js';
import { nearest } from '../suggest.js';

export const unknownKey: Rule = {
  id: 'unknown-key',
  severity: 'error',
  description: { ja: '計画で定義されていないキーを使わない', en: 'Keys must be ones the plan schema defines' },
  docs: {
    ja: '計画ファイルのキーは、スキーマ（schemas/plan.schema.json）が定義する計画書の用語（所管課、支援機関、実施方式など）に限られます。キーを打ち間違えると、その項目は黙って無視され、印刷物から消えてしまいます。このルールは定義にないキーを誤りとし、いちばん近い正しいキーを候補として示します。',
    en: 'Plan files may only use the keys the schema defines (所管課, 支援機関, 実施方式, …). A misspelt key would silently drop its content from the rendered plan, so it is an error, and the nearest known key is suggested.',
  },
  messages: {
    ja: {
      unknown: 'キー「{key}」は定義されていません',
      didYouMean: 'キー「{key}」は定義されていません。「{suggestion}」の誤りではありませんか',
      allowed: 'ここで使えるキー: {allowed}',
    },
    en: {
      unknown: 'unknown key "{key}"',
      didYouMean: 'unknown key "{key}"; did you mean "{suggestion}"?',
      allowed: 'keys allowed here: {allowed}',
    },
  },
  check(ctx) {
    for (const e of ctx.schemaErrors) {
      if (e.keyword !== 'additionalProperties') continue;
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = nearest(key, allowed);
      ctx.report({
        path: [...pointerToPath(e.instancePath), key], target: 'key',
        messageId: suggestion ? 'didYouMean' : 'unknown', params: { key, suggestion, allowed: allowed.join('、') },
        noteId: 'allowed',
      });
    }
  },
};
