import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Files shipped beside the code (schemas/, templates/, data/): the same relative place from src/ and lib/. */
export function resourcePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../${parts.join('/')}`, import.meta.url));
}

export function readJsonResource<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(resourcePath(...parts), 'utf8')) as T;
}
