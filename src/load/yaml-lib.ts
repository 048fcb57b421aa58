import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/**
 * The `yaml` library, loaded on first use. Most plans never need it: the fast path reads them with
 * js-yaml, and `yaml` is some 85 modules whose loading cost every process (and every worker thread)
 * about 30 ms before it checked anything. Node resolves `yaml` to its CommonJS build for `import` and
 * `require` alike, so this is the same module instance a static import would give.
 */
export function yamlLib(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
