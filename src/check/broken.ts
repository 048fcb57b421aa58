import type { ErrorObject } from 'ajv';
import type { DataPath } from '../diagnostic.js';
import { isObject } from '../plan.js';
import { pointerToPath } from './schema.js';
import { homesOf } from './key-home.js';
import { nearest } from './suggest.js';

/**
 * Root cause first: the data paths whose findings would only repeat an error already reported.
 * - a key absent because it was misspelt (事業一覧: for 事業:, 会義: for 会議:): the unknown-key error names
 *   it, so neither "required 事業" nor every reference to a 事業 or 会議 is reported again;
 * - a value of the wrong type (号: 第1号イ): the schema's type error names it; rules say nothing under it;
 * - a block missing a key written beside it (委託先 one level too high): the unknown-key error says where it goes.
 * Computed once from the schema's findings; rules ask `ctx.broken(path)` and the check stage drops
 * rule findings under a broken path (src/check/index.ts).
 */
export function brokenPaths(schemaErrors: readonly ErrorObject[]): DataPath[] {
  const out: DataPath[] = [];
  for (const e of schemaErrors) {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === 'type') out.push(path);
    if (e.keyword !== 'additionalProperties') continue;
    // The key the unknown one was meant to be, when the plan lacks it: it is not missing, it is misspelt.
    const properties = (e.parentSchema as { properties?: Record<string, object> })?.properties ?? {};
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const meant = nearest(key, Object.keys(properties));
    if (meant && isObject(e.data) && !(meant in e.data)) out.push([...path, meant]);
    // A key written beside the block it belongs in (委託先 beside 実施方式): that block is incomplete, not wrong.
    const home = meant ? undefined : homesOf(key, properties)[0];
    if (home) out.push([...path, home]);
  }
  return out;
}

/** Whether `path` is a broken path or lies under one. */
export function isUnder(path: DataPath, broken: readonly DataPath[]): boolean {
  return broken.some((b) => b.length <= path.length && b.every((seg, i) => seg === path[i]));
}
