/** The Komatsu revision fixture and the changes it is known to make (shared by the diff tests). */
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

export const OLD_FILE = join(ROOT, 'plans', 'komatsu.yaml');
export const NEW_FILE = join(ROOT, 'test', 'fixtures', 'diff', 'komatsu-r7.yaml');

/** The fixture's edits, and nothing else: kind, path, ID, field. */
export const EXPECTED = [
  ['added', '計画', undefined, '改定'],
  ['added', '計画', undefined, '公表'],
  ['changed', '計画', undefined, '期間.開始年度'],
  ['changed', '計画', undefined, '期間.終了年度'],
  ['changed', '計画', undefined, '期間.記載'],
  ['changed', '章/1/節/1', undefined, '本文[0]'],
  ['added', '事業/9', 'ibasho-zukuri', undefined],
  ['removed', '事業/4/取組/1', undefined, undefined],
  ['changed', '事業/6', 'chiiki-katsudou-shien-center', '名称'],
  ['added', '事業/7/取組/0', undefined, '実施方式.委託先'],
];

export const tuples = (changes: { kind: string; path: (string | number)[]; id?: string; field?: string }[]) =>
  changes.map((c) => [c.kind, c.path.join('/'), c.id, c.field]);

