'use strict';
/** The VS Code side of jusou: starts `jusou lsp --stdio` from the workspace and hands it the plans. */
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findServer } = require('./server-command.js');

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
  // A script runs on the Node that VS Code ships (TransportKind.stdio adds --stdio); a command as it is.
  const serverOptions = server.kind === 'module'
    ? { module: server.path, args: ['lsp'], transport: TransportKind.stdio }
    : { command: server.path, args: ['lsp', '--stdio'] };
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

function preview() {
  const { path, lang } = settings();
  const t = TEXT[lang] ?? TEXT.ja;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') return void vscode.window.showInformationMessage(t.noPlan);
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const server = findServer(folders, path);
  if (!server) return void vscode.window.showWarningMessage(t.notFound);
  const terminal = vscode.window.createTerminal({ name: 'jusou preview' });
  const quote = (s) => JSON.stringify(s);
  const run = server.kind === 'module' ? `node ${quote(server.path)}` : quote(server.path);
  terminal.sendText(`${run} preview ${quote(editor.document.uri.fsPath)} --lang ${lang}`);
  terminal.show(true);
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
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
