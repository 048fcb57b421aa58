import type { Rule } from '../rule.js';
import { pointerToPath } from '../schema.js';
import { nearest } from '../suggest.js';
import { homesOf } from '../key-home.js';

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
      belongsIn: 'キー「{key}」はここでは使えません。「{home}」の中に書くキーです',
      belongsInNote: '「{home}:」の行の下に、一段深くインデントして書きます',
      allowed: 'ここで使えるキー: {allowed}',
    },
    en: {
      unknown: 'unknown key "{key}"',
      didYouMean: 'unknown key "{key}"; did you mean "{suggestion}"?',
      belongsIn: 'the key "{key}" cannot be used here; it belongs inside "{home}"',
      belongsInNote: 'write it under the "{home}:" line, indented one level deeper',
      allowed: 'keys allowed here: {allowed}',
    },
  },
  check(ctx) {
    for (const e of ctx.schemaErrors) {
      if (e.keyword !== 'additionalProperties') continue;
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const properties = (e.parentSchema as { properties?: Record<string, object> })?.properties ?? {};
      const allowed = Object.keys(properties);
      const suggestion = nearest(key, allowed);
      const home = suggestion ? undefined : homesOf(key, properties)[0];
      if (home) {
        ctx.report({ path: [...pointerToPath(e.instancePath), key], target: 'key', messageId: 'belongsIn', params: { key, home }, noteId: 'belongsInNote' });
        continue;
      }
      ctx.report({
        path: [...pointerToPath(e.instancePath), key], target: 'key',
        messageId: suggestion ? 'didYouMean' : 'unknown', params: { key, suggestion, allowed: allowed.join('、') },
        noteId: 'allowed',
      });
    }
  },
};
