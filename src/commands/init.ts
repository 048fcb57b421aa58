import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { MunicipalityRow } from '../check/municipalities.js';
import type { Lang } from '../i18n.js';
import { resolveMunicipality } from '../init/resolve.js';
import { planStem } from '../init/romaji.js';
import { scaffoldPlan } from '../init/scaffold.js';
import { resourcePath } from '../resources.js';
import { writeFileAtomic } from '../write.js';

export interface InitOptions { lang: Lang; file?: string; pref?: string; force?: boolean; cwd?: string; today?: Date }

const TEXT = {
  ja: {
    ambiguous: (q: string) => `「${q}」という市区町村は複数あります。都道府県を付けるか（例: 石川県金沢市、--pref 石川県）、全国地方公共団体コードで指定してください:`,
    unknown: (q: string) => `「${q}」という市区町村は見つかりません`,
    unknownCode: (q: string) => `全国地方公共団体コード「${q}」の市区町村は見つかりません（6桁、または検査数字を除いた5桁で指定します）`,
    nearest: 'もしかして:',
    exists: (f: string) => `${f} はすでにあります。上書きするときは --force を付けてください`,
    written: (f: string, name: string) => `${name}の計画の雛形を ${f} に書き出しました`,
    next: (f: string) => `「【未記入】」の箇所を書き換え、jusou check ${f} で確かめてください`,
  },
  en: {
    ambiguous: (q: string) => `several municipalities are called "${q}"; add the prefecture (e.g. 石川県金沢市 or --pref 石川県) or give the 全国地方公共団体コード:`,
    unknown: (q: string) => `no municipality is called "${q}"`,
    unknownCode: (q: string) => `no municipality has the code "${q}" (give 6 digits, or the first 5 without the check digit)`,
    nearest: 'did you mean:',
    exists: (f: string) => `${f} already exists; add --force to overwrite it`,
    written: (f: string, name: string) => `wrote a new plan for ${name} to ${f}`,
    next: (f: string) => `replace every 【未記入】 and run jusou check ${f}`,
  },
} as const;

const row = (r: MunicipalityRow) => `  ${r.prefecture}${r.name}  ${r.code}`;

/**
 * The schema's path as the modeline of `file` writes it: relative, with forward slashes. The running
 * jusou's own schema; through node_modules/jusou of the folder when that is the same file (a linked
 * install resolves to its real place, which the repository's other clones do not share).
 */
export function schemaReference(file: string, cwd = process.cwd()): string {
  const own = resourcePath('schemas', 'plan.schema.json');
  const installed = join(cwd, 'node_modules', 'jusou', 'schemas', 'plan.schema.json');
  const schema = existsSync(installed) && realpathSync(installed) === realpathSync(own) ? installed : own;
  const rel = relative(dirname(file), schema);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** `jusou init <name|code>`: writes plans/<romaji>.yaml for the municipality. Returns the exit code. */
export async function runInit(query: string, options: InitOptions): Promise<number> {
  const t = TEXT[options.lang];
  const found = resolveMunicipality(query, options.pref);
  if (found.kind === 'ambiguous') {
    process.stderr.write(`jusou: ${t.ambiguous(query)}\n${found.candidates.map(row).join('\n')}\n`);
    return 2;
  }
  if (found.kind === 'unknown') {
    const head = found.code ? t.unknownCode(found.code) : t.unknown(query);
    const more = found.suggestions.length ? `\n${t.nearest}\n${found.suggestions.map(row).join('\n')}` : '';
    process.stderr.write(`jusou: ${head}${more}\n`);
    return 2;
  }
  const cwd = options.cwd ?? process.cwd();
  const shown = options.file ?? join('plans', `${planStem(found.row)}.yaml`);
  const file = resolve(cwd, shown);
  if (existsSync(file) && !options.force) {
    process.stderr.write(`jusou: ${t.exists(shown)}\n`);
    return 2;
  }
  await writeFileAtomic(file, scaffoldPlan(found.row, schemaReference(file, cwd), options.today));
  process.stdout.write(`${t.written(shown, `${found.row.prefecture}${found.row.name}`)}\n${t.next(shown)}\n`);
  return 0;
}
