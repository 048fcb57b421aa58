'use strict';
/** The VS Code side of jusou: starts `jusou lsp --stdio` from the workspace and hands it the plans. */
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { spawn } = require('node:child_process');
const { findServer, spawnArgs } = require('./server-command.js');

const TEXT = {
  ja: {
    notFound: 'この作業フォルダに jusou が見つかりません。npm install で jusou を入れるか、設定「jusou.path」を指定してください。',
    name: 'jusou',
    noPlan: '計画ファイル（YAML）を開いてから実行してください。',
  },
  en: {
    notFound: 'jusou is not installed in this workspace: run npm install, or set "jusou.path".',
    name: 'jusou',
    noPlan: 'Open a plan (YAML) first.',
  },
};

/** @type {LanguageClient | undefined} */
let client;

/** VS Code's executable runs scripts as plain Node with this set (as vscode-languageclient does for a module). */
function nodeEnv() {
  return { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
}

function settings() {
  const config = vscode.workspace.getConfiguration('jusou');
  return { path: config.get('path', ''), lang: config.get('lang', 'ja'), plans: config.get('plans', '**/plans/**/*.{yaml,yml}') };
}

async function start(context) {
  const { path, lang, plans } = settings();
  const t = TEXT[lang] ?? TEXT.ja;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const server = findServer(folders, path);
  if (!server) {
    void vscode.window.showWarningMessage(t.notFound);
    return;
  }
  // A script runs on the Node inside VS Code (its executable with ELECTRON_RUN_AS_NODE), a command as it is.
  const serverOptions = { ...spawnArgs(server, process.execPath), options: { env: nodeEnv() } };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: plans },
      { scheme: 'file', pattern: '**/jusou.config.yaml' },
    ],
    initializationOptions: { lang },
  };
  client = new LanguageClient('jusou', t.name, serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(client);
}

/** Running previews by plan file: one `jusou preview` each, ended with the extension. */
const previews = new Map();

/**
 * Starts `jusou preview <plan>` (the same jusou as the server), reads the address it prints and opens
 * it in VS Code's Simple Browser beside the editor. A second call for the same plan shows it again.
 */
function preview() {
  const { path, lang } = settings();
  const t = TEXT[lang] ?? TEXT.ja;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') return void vscode.window.showInformationMessage(t.noPlan);
  const file = editor.document.uri.fsPath;
  const open = (url) => vscode.commands.executeCommand('simpleBrowser.show', url, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  const running = previews.get(file);
  if (running?.url) return void open(running.url);
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const server = findServer(folders, path);
  if (!server) return void vscode.window.showWarningMessage(t.notFound);
  const { command, args } = spawnArgs(server, process.execPath, ['preview', file, '--lang', lang]);
  const child = spawn(command, args, { cwd: folders[0], env: nodeEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const entry = { child, url: undefined };
  previews.set(file, entry);
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s) => {
    out += s;
    const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
    if (m && !entry.url) { entry.url = m[0]; void open(entry.url); }
  });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (s) => { err += s; });
  child.on('exit', () => {
    previews.delete(file);
    if (!entry.url && err) void vscode.window.showErrorMessage(err.trim());
  });
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('jusou.restartServer', async () => {
      if (client) await client.stop();
      client = undefined;
      await start(context);
    }),
    vscode.commands.registerCommand('jusou.preview', preview),
  );
  await start(context);
}

async function deactivate() {
  for (const { child } of previews.values()) child.kill();
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
