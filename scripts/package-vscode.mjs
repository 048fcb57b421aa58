#!/usr/bin/env node
/**
 * `npm run package:vscode`: builds editors/vscode/jusou-vscode-<version>.vsix with @vscode/vsce. The
 * extension carries its own copy of the schemas (for the yamlValidation mapping) and its own
 * node_modules (vscode-languageclient, installed inside editors/vscode, not in the repository's).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXT = join(ROOT, 'editors', 'vscode');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: EXT, stdio: 'inherit' });

mkdirSync(join(EXT, 'schemas'), { recursive: true });
for (const name of ['plan.schema.json', 'config.schema.json']) copyFileSync(join(ROOT, 'schemas', name), join(EXT, 'schemas', name));
if (!existsSync(join(EXT, 'node_modules', 'vscode-languageclient'))) {
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock']);
}
const { version } = JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8'));
const out = join(EXT, `jusou-vscode-${version}.vsix`);
// --allow-missing-repository / --skip-license: plan repositories are each municipality's own; without them vsce asks on the terminal.
run(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--skip-license', '--out', out]);
console.log(out);
