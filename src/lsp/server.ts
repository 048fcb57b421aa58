import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, StreamMessageReader, StreamMessageWriter,
  TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../diagnostic.js';
import { parseLang, type Lang } from '../i18n.js';
import { codeActions, FIX_ALL_KIND, type CheckedDocument } from './actions.js';
import { checkDocumentText } from './check.js';
import { completionsAt } from './completion.js';
import { ConfigCache } from './config.js';
import { toLspDiagnostic } from './convert.js';
import { hoverAt } from './hover.js';
import { documentSymbols } from './symbols.js';

export interface ServerOptions {
  /** Milliseconds of quiet after an edit before the check runs (initializationOptions.debounceMs overrides). */
  debounceMs: number;
  lang?: Lang;
}

/** Hover, completion and the outline read the text line by line; past this size (not a plan) they answer nothing. */
const MAX_INTERACTIVE = 2 * 1024 * 1024;

const filePath = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);

/**
 * `jusou lsp --stdio`: jusou's own checker in the editor. Diagnostics are the same data as `jusou check`
 * (src/lsp/check.ts), so an editor, CI and the command line never disagree about a plan.
 */
export function startServer(options: ServerOptions, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  const documents = new TextDocuments(TextDocument);
  let lang: Lang | undefined = options.lang;
  let debounceMs = options.debounceMs;
  let watchDynamically = false;
  const configs = new ConfigCache(() => lang);
  const checked = new Map<string, CheckedDocument & { version: number }>();
  const timers = new Map<string, NodeJS.Timeout>();

  const fail = (what: string, e: unknown) => connection.console.error(`jusou: ${what}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);

  async function check(doc: TextDocument): Promise<(CheckedDocument & { version: number }) | undefined> {
    const file = filePath(doc.uri);
    if (ConfigCache.isConfigFile(file)) {
      const config = await configs.forConfig(file);
      const diagnostics = config.errors ?? [];
      return { doc, diagnostics, lang: config.lang, version: doc.version, check: () => diagnostics };
    }
    const config = await configs.forPlan(file);
    const run = (text: string): Diagnostic[] => checkDocumentText(file, text, config.lang, config.levels);
    return { doc, diagnostics: run(doc.getText()), lang: config.lang, version: doc.version, check: run };
  }

  async function publish(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const result = await check(doc);
      if (!result || documents.get(uri)?.version !== result.version) return; // edited meanwhile: the next run publishes
      checked.set(uri, result);
      const active = result.diagnostics.filter((d) => !d.suppressed);
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: active.map((d, i) => toLspDiagnostic(d, doc, i, result.lang)) });
    } catch (e) {
      fail(`checking ${uri} failed`, e);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => { timers.delete(uri); void publish(uri); }, delay));
  }

  function recheckAll(): void {
    configs.invalidate();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { lang?: string; debounceMs?: number };
    if (init.lang) lang = parseLang(init.lang);
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    watchDynamically = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['[', ',', ' '] },
        documentSymbolProvider: true,
      },
      serverInfo: { name: 'jusou', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // jusou.config.yaml changed on disk (another editor, git checkout): re-check the open plans.
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/jusou.config.yaml' }] }).catch((e) => fail('registering the config watcher failed', e));
    }
  });
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => ConfigCache.isConfigFile(filePath(c.uri)))) recheckAll();
  });

  documents.onDidOpen((e) => onText(e.document, 0));
  documents.onDidChangeContent((e) => onText(e.document, debounceMs));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    checked.delete(e.document.uri);
    if (ConfigCache.isConfigFile(filePath(e.document.uri))) { configs.setUnsaved(filePath(e.document.uri), undefined); recheckAll(); }
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  function onText(doc: TextDocument, delay: number): void {
    const file = filePath(doc.uri);
    if (ConfigCache.isConfigFile(file)) {
      // The editor's config text applies at once to every open plan, saved or not.
      configs.setUnsaved(file, doc.getText());
      recheckAll();
      return;
    }
    schedule(doc.uri, delay);
  }

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    try {
      let state = checked.get(doc.uri);
      if (!state || state.version !== doc.version) state = await check(doc); // the offsets must be the current text's
      return state ? codeActions(state, params) : [];
    } catch (e) {
      fail('code actions failed', e);
      return [];
    }
  });

  connection.onHover((params) => guarded(params.textDocument.uri, null, (doc) => hoverAt(doc.getText(), params.position.line, params.position.character, currentLang(doc.uri))));
  connection.onCompletion((params) => guarded(params.textDocument.uri, [], (doc) => completionsAt(doc.getText(), params.position.line, params.position.character, currentLang(doc.uri))));
  connection.onDocumentSymbol((params) => guarded(params.textDocument.uri, [], (doc) => documentSymbols(doc)));

  function currentLang(uri: string): Lang {
    return checked.get(uri)?.lang ?? lang ?? 'ja';
  }

  /** A request on a document that never throws: a half-typed or strange text gets an empty answer, logged. */
  function guarded<T>(uri: string, empty: T, answer: (doc: TextDocument) => T): T {
    const doc = documents.get(uri);
    if (!doc || doc.getText().length > MAX_INTERACTIVE || ConfigCache.isConfigFile(filePath(uri))) return empty;
    try {
      return answer(doc);
    } catch (e) {
      fail(`request on ${uri} failed`, e);
      return empty;
    }
  }

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

