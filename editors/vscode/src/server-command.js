'use strict';
/**
 * Which jusou the extension starts, without VS Code's API (so the test starts the server exactly as the
 * extension would): the configured `jusou.path`, else the workspace's installed jusou, nearest first.
 */
const { existsSync } = require('node:fs');
const { isAbsolute, join } = require('node:path');

/**
 * @param {string[]} folders workspace folder paths
 * @param {string} configured the `jusou.path` setting ('' when unset)
 * @returns {{ kind: 'module' | 'command', path: string } | undefined}
 */
function findServer(folders, configured) {
  if (configured) {
    const path = isAbsolute(configured) || !folders.length ? configured : join(folders[0], configured);
    return { kind: /\.[cm]?js$/.test(path) ? 'module' : 'command', path };
  }
  for (const folder of folders) {
    const script = join(folder, 'node_modules', 'jusou', 'bin', 'jusou.js');
    if (existsSync(script)) return { kind: 'module', path: script };
    const bin = join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'jusou.cmd' : 'jusou');
    if (existsSync(bin)) return { kind: 'command', path: bin };
  }
  return undefined;
}

/**
 * The process to spawn for a found jusou: a script runs on Node (`nodePath`), a command as it is; by
 * default as the language server (`lsp --stdio`), or with other arguments (`preview <plan>`).
 */
function spawnArgs(server, nodePath, args = ['lsp', '--stdio']) {
  return server.kind === 'module' ? { command: nodePath, args: [server.path, ...args] } : { command: server.path, args };
}

module.exports = { findServer, spawnArgs };
