import type { Severity } from '../diagnostic.js';
import type { Lang } from '../i18n.js';

/** The few words text-like reports share; Japanese first. */
export const LABELS: Record<Lang, Record<Severity | 'hint' | 'ref', string>> = {
  ja: { error: 'エラー', warning: '警告', hint: 'ヒント', ref: '参照' },
  en: { error: 'error', warning: 'warning', hint: 'hint', ref: 'see' },
};
