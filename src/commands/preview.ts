import type { Lang } from '../i18n.js';
export async function runPreview(_plan: string, _opts: { port?: number; lang: Lang }): Promise<number> { return 2; }
