import type { Formatter } from './types.js';

/**
 * Formatters are loaded when asked for: every check prints with exactly one, and loading all five
 * (SARIF and JUnit bring the rule catalogue) costs a warm run about 50 ms.
 */
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
};

export const formatNames: readonly string[] = Object.keys(loaders);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]() : undefined;
}
