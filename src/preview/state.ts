import { dirname, resolve } from 'node:path';
import { checkBytes } from '../batch/check-file.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n.js';
import { readBytes } from '../load/read.js';
import type { Plan } from '../plan.js';
import { isObject } from '../plan.js';
import { buildDocument, renderHtml } from '../render/index.js';
import { embedImages } from '../render/images.js';

/** What the page shows: the findings of the latest save, and which rendering is the last good one. */
export interface PreviewState {
  version: number;
  /** The number of the last good rendering (-1: none yet). */
  rendering: number;
  /** The latest save has errors, so the rendering shown is an older one. */
  stale: boolean;
  checkedAt: string;
  diagnostics: Pick<Diagnostic, 'line' | 'column' | 'severity' | 'rule' | 'message' | 'note'>[];
}

/**
 * The plan as `jusou render` sees it: checked by the same pipeline (config levels and suppressions in
 * force), rendered to the same HTML only when it has no errors; otherwise the last good HTML stays.
 */
export class PreviewDocument {
  state: PreviewState = { version: 0, rendering: -1, stale: false, checkedAt: new Date().toISOString(), diagnostics: [] };
  html: string | undefined;

  constructor(readonly file: string, private readonly lang: Lang) {}

  async refresh(): Promise<PreviewState> {
    const read = await readBytes(this.file);
    const { diagnostics, data } = checkBytes(this.file, read, this.lang, process.env.JUSOU_FAST !== '0');
    const active = diagnostics.filter((d) => !d.suppressed);
    const failed = active.some((d) => d.severity === 'error');
    let rendering = this.state.rendering;
    if (!failed) {
      // The plan as checked (no second parse), with its figures' images inline as render's HTML has them.
      if (isObject(data)) {
        this.html = renderHtml(embedImages(buildDocument(data as Plan), dirname(resolve(this.file))));
        rendering = this.state.version + 1;
      }
    }
    this.state = {
      version: this.state.version + 1, rendering, stale: failed, checkedAt: new Date().toISOString(),
      diagnostics: active.map(({ line, column, severity, rule, message, note }) => ({ line, column, severity, rule, message, ...(note ? { note } : {}) })),
    };
    return this.state;
  }
}
