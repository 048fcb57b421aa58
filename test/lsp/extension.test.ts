import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module shared with the benchmark (bench/lsp.mjs)
import { fileUri, startClient } from '../../bench/lsp-client.mjs';
import { ROOT, tempDir } from '../helpers/cli.js';
import { realPlan } from './plan-text.js';

const EXT = join(ROOT, 'editors', 'vscode');
const require = createRequire(import.meta.url);
const { findServer, spawnArgs } = require(join(EXT, 'src', 'server-command.js')) as {
  findServer(folders: string[], configured: string): { kind: 'module' | 'command'; path: string } | undefined;
  spawnArgs(server: { kind: string; path: string }, node: string): { command: string; args: string[] };
};

describe('the VS Code extension (editors/vscode)', () => {
  it('has every display text of its manifest in English and Japanese', () => {
    const manifest = readFileSync(join(EXT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(5);
    for (const file of ['package.nls.json', 'package.nls.ja.json']) {
      const texts = JSON.parse(readFileSync(join(EXT, file), 'utf8')) as Record<string, string>;
      expect(Object.keys(texts).sort()).toEqual([...new Set(keys)].sort());
    }
    const ja = JSON.parse(readFileSync(join(EXT, 'package.nls.ja.json'), 'utf8')) as Record<string, string>;
    expect(ja['command.restart']).toBe('言語サーバーを再起動');
    const pkg = JSON.parse(manifest) as { contributes: { yamlValidation: { fileMatch: string[] | string; url: string }[] } };
    expect(pkg.contributes.yamlValidation[0]).toEqual({ fileMatch: ['plans/*.yaml', 'plans/**/*.yaml'], url: './schemas/plan.schema.json' });
  });

  it('finds the workspace\'s installed jusou, or the configured one, and nothing without either', () => {
    const ws = tempDir('jusou-ext-');
    expect(findServer([ws], '')).toBeUndefined();
    mkdirSync(join(ws, 'node_modules'));
    symlinkSync(ROOT, join(ws, 'node_modules', 'jusou'));
    expect(findServer([ws], '')).toEqual({ kind: 'module', path: join(ws, 'node_modules', 'jusou', 'bin', 'jusou.js') });
    expect(findServer([ws], 'tools/jusou')).toEqual({ kind: 'command', path: join(ws, 'tools', 'jusou') });
  });

  it('starts that jusou over stdio as the extension does, and gets diagnostics for a plan', async () => {
    const ws = tempDir('jusou-ext-');
    mkdirSync(join(ws, 'node_modules'));
    symlinkSync(ROOT, join(ws, 'node_modules', 'jusou'));
    writeFileSync(join(ws, 'package.json'), '{}\n');
    mkdirSync(join(ws, 'plans'));
    const server = findServer([ws], '')!;
    const client = await startClient({ cwd: ws, spawnWith: spawnArgs(server, process.execPath), initializationOptions: { lang: 'en' } });
    const uri = fileUri(join(ws, 'plans', 'komatsu.yaml'));
    await client.open(uri, realPlan('komatsu').replace('号: [第3号ハ]', '号: [第3号]'));
    const published = await client.diagnostics(uri, (p: { diagnostics: { code: string }[] }) => p.diagnostics.some((d) => d.code === 'mandated-codes'));
    expect(published.diagnostics.find((d: { code: string }) => d.code === 'mandated-codes').message).toBe('no 事業 implements 社会福祉法第106条の4第2項第3号ハ (Community activity support centres)');
    expect((await client.stop()).code).toBe(0);
  });
});
