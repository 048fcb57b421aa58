/**
 * A minimal editor for `jusou lsp --stdio`: spawns the server the way the VS Code extension does and
 * speaks JSON-RPC with vscode-languageserver-protocol. Used by test/lsp and the LSP latency benchmark.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'jusou.js');

export const fileUri = (path) => pathToFileURL(path).href;

/**
 * Starts the server (`spawnWith`: another command line for it, as the VS Code extension builds one);
 * `diagnostics(uri, predicate)` waits for a publish that satisfies the predicate.
 */
export async function startClient({ cwd = ROOT, args = [], initializationOptions = {}, capabilities = {}, spawnWith } = {}) {
  const { command, args: argv } = spawnWith ?? { command: process.execPath, args: [BIN, 'lsp', '--stdio', ...args] };
  const child = spawn(command, argv, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map();
  const waiters = [];
  const logs = [];
  connection.onNotification('window/logMessage', (p) => logs.push(p.message));
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, p);
    for (const w of [...waiters]) if (w.uri === p.uri && w.test(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const init = await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: fileUri(cwd), capabilities, initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  const versions = new Map();
  return {
    connection, child, init, logs,
    stderr: () => stderr,
    /** The next (or latest) diagnostics for `uri` that satisfy `test`; rejects after `timeout` ms. */
    diagnostics(uri, test = () => true, timeout = 15000) {
      const last = published.get(uri);
      if (last && test(last)) return Promise.resolve(last);
      return new Promise((resolve, reject) => {
        const w = { uri, test, resolve };
        waiters.push(w);
        setTimeout(() => { if (waiters.includes(w)) { waiters.splice(waiters.indexOf(w), 1); reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms (stderr: ${stderr}; log: ${logs.join(' | ')})`)); } }, timeout).unref();
      });
    },
    /** Forgets what was published for `uri`, so the next wait sees only a new publish. */
    forget(uri) { published.delete(uri); },
    open(uri, text) {
      versions.set(uri, 1);
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    },
    /** Replaces the whole text (a full-document change), as an editor may send after a paste. */
    change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    /** An incremental change of a range, as an editor sends while typing. */
    edit(uri, range, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    version: (uri) => versions.get(uri),
    request: (method, params) => connection.sendRequest(method, params),
    /** shutdown + exit, as an editor closes; resolves with the process's exit code. */
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const r = await exited;
      connection.dispose();
      return r;
    },
    exited,
  };
}
