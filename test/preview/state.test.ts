import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreviewDocument } from '../../src/preview/state.js';
import { ROOT, tempDir } from '../helpers/cli.js';

/** The preview shows what `jusou render` writes: a figure's image inline, read beside the plan file. */
describe('preview document', () => {
  it('renders a plan\'s figure images inline, as the rendered HTML has them', async () => {
    const dir = tempDir('jusou-preview-state-');
    cpSync(join(ROOT, 'test', 'fixtures', 'figures'), dir, { recursive: true });
    const doc = new PreviewDocument(join(dir, 'example.yaml'), 'ja');
    const state = await doc.refresh();
    expect(state.stale).toBe(false);
    expect(state.rendering).toBe(1);
    expect(doc.html).toContain('src="data:image/png;base64,');
    expect(doc.html).toContain('src="data:image/svg+xml;base64,');
  });
});
