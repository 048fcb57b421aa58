import crypto, { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resourcePath } from '../resources.js';

/**
 * What a cached result depends on besides the plan: jusou's own code (every compiled module, so a
 * rebuilt jusou of the same version still invalidates), the schema, the code table, the list of
 * municipalities, the versions of the libraries that parse and validate, and Node's. Any change → new key.
 */
const DATA_FILES = [['schemas', 'plan.schema.json'], ['schemas', 'codes.json'], ['data', 'municipalities.csv'], ['package.json']];
const LIBRARIES = ['yaml', 'js-yaml', 'ajv'];
const CODE = /\.(js|cjs|mjs|ts)$/;

let cached: string | undefined;

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(full));
    else if (CODE.test(e.name)) out.push(full);
  }
  return out;
}

function libraryVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    let dir = dirname(require.resolve(name));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return `${name}@${pkg.version}`;
      } catch { /* not this directory */ }
    }
  } catch { /* not installed: the key still changes when it appears */ }
  return `${name}@?`;
}

/** The code root is lib/ when installed and src/ when run from source: the directory above this one. */
export function toolFingerprint(): string {
  if (cached) return cached;
  const h = createHash('sha256');
  const codeRoot = fileURLToPath(new URL('..', import.meta.url));
  for (const file of codeFiles(codeRoot)) h.update(file.slice(codeRoot.length)).update('\0').update(readFileSync(file)).update('\0');
  for (const parts of DATA_FILES) {
    h.update(parts.join('/')).update('\0');
    try { h.update(readFileSync(resourcePath(...parts))); } catch { h.update('missing'); }
  }
  for (const name of LIBRARIES) h.update(libraryVersion(name)).update('\0');
  // Node's version too: messages format dates with its ICU (和暦), and its regular expressions read the plans.
  h.update(process.version);
  cached = h.digest('hex');
  return cached;
}

/** One-shot crypto.hash (Node ≥ 20.12) where there is one: for 1,741 small files it is about twice as fast. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64') => string }).hash;

export function contentHash(bytes: Uint8Array): string {
  return oneShot ? oneShot('sha1', bytes, 'base64') : createHash('sha1').update(bytes).digest('base64');
}
