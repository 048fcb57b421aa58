import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readJsonResource, resourcePath } from '../resources.js';

export interface InitRepoOptions {
  /** Also write .gitlab-ci.yml. */
  gitlab?: boolean;
  /** Where npm gets jusou: a tarball (.tgz), a git URL, or any npm spec; a placeholder to replace without it. */
  from?: string;
}

export interface InitRepoResult {
  /** Paths relative to the repository folder, '/'-separated, in the order written. */
  written: string[];
  /** Files that were already there and were left as they were. */
  skipped: string[];
  /** The devDependency spec written for jusou (or to add by hand when package.json was skipped). */
  from: string;
  /** True when `from` is the placeholder the municipality replaces. */
  placeholder: boolean;
  /** False when a package.json that was already there does not name jusou as a dependency. */
  hasJusou: boolean;
}

/** Template files (templates/repo/) that only some repositories get. */
const OPTIONAL: Record<string, keyof InitRepoOptions> = { '.gitlab-ci.yml': 'gitlab' };

export function jusouVersion(): string {
  return readJsonResource<{ version: string }>('package.json').version;
}

/** Until the municipality says where its jusou comes from: a git URL form with the host left to fill. */
export function placeholderSpec(version = jusouVersion()): string {
  return `git+https://<自治体が設定>/jusou.git#v${version}`;
}

/** --from as an npm spec: a tarball path becomes file:, relative to the repository; anything else is used as given. */
export function fromSpec(from: string, dir: string): string {
  if (!/\.t(ar\.)?gz$/i.test(from) || /^[a-z+]+:/i.test(from)) return from;
  const rel = relative(resolve(dir), resolve(from)).split(sep).join('/');
  return `file:${isAbsolute(rel) ? rel : rel.startsWith('.') ? rel : `./${rel}`}`;
}

/** An npm package name from the folder's name (lower case, URL-safe), or jusou-plans when nothing is left. */
export function packageName(dir: string): string {
  const name = basename(resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '');
  return name || 'jusou-plans';
}

/**
 * A template's path to the file it becomes: a leading "_" of a segment is a "." (npm drops or renames
 * dotfiles such as .gitignore when it packs templates/), and ".hbs" marks a file filled by Handlebars.
 */
export function targetOf(template: string): string {
  return template.split('/').map((s) => s.replace(/^_/, '.')).join('/').replace(/\.hbs$/, '');
}

async function templates(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await templates(join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out;
}

/**
 * Writes what a municipality's plan repository needs (templates/repo/) into `dir`, never over an existing
 * file: each one is created exclusively, so a file that is there is reported as skipped and left untouched.
 */
export async function initRepo(dir: string, opts: InitRepoOptions = {}): Promise<InitRepoResult> {
  const version = jusouVersion();
  const placeholder = opts.from === undefined;
  const from = placeholder ? placeholderSpec(version) : fromSpec(opts.from!, dir);
  const root = resourcePath('templates', 'repo');
  const values = { name: packageName(dir), from, version };
  const result: InitRepoResult = { written: [], skipped: [], from, placeholder, hasJusou: true };
  let handlebars: typeof import('handlebars') | undefined;
  for (const template of await templates(root)) {
    const target = targetOf(template);
    const option = OPTIONAL[target];
    if (option && !opts[option]) continue;
    let body = await readFile(join(root, template), 'utf8');
    if (template.endsWith('.hbs')) {
      handlebars ??= (await import('handlebars')).default;
      const h = handlebars.create();
      h.registerHelper('json', (v: unknown) => JSON.stringify(v));
      body = h.compile(body, { noEscape: true, strict: true })(values);
    }
    const path = join(dir, ...target.split('/'));
    await mkdir(dirname(path), { recursive: true });
    try {
      await writeFile(path, body, { flag: 'wx' });
      result.written.push(target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      result.skipped.push(target);
      if (target === 'package.json') result.hasJusou = await namesJusou(path);
    }
  }
  return result;
}

async function namesJusou(packageJson: string): Promise<boolean> {
  try {
    const pkg = JSON.parse(await readFile(packageJson, 'utf8')) as { dependencies?: object; devDependencies?: object };
    return Boolean(pkg && (Object.hasOwn(pkg.devDependencies ?? {}, 'jusou') || Object.hasOwn(pkg.dependencies ?? {}, 'jusou')));
  } catch {
    return false;
  }
}
