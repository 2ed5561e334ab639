/**
 * `netlint --lsp`: a language server over standard input and output. Markdown
 * and plain-text documents are linted on open and, debounced, on change, with
 * the config the CLI would find for the file (one Linter per workspace folder);
 * each finding is a diagnostic with source "netlint" and the rule id as code.
 * Suggestions become quick fixes; hovering a finding shows its rule's
 * `--explain` text. Loaded only when --lsp is given (dist/bundle/lsp.cjs).
 */
import lspNode from 'vscode-languageserver/node';
import type { CodeAction, Connection, Diagnostic, Hover, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintMessage } from './types.js';
import { Linter } from './linter.js';
import { explainRule, ruleDocsUrl } from './docs.js';
import { errorFirstLine } from './errors.js';

const { createConnection, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CodeActionKind, ProposedFeatures, DidChangeWatchedFilesNotification } = lspNode;

/** How long typing must pause before a document is linted again. */
const DEBOUNCE_MS = 200;
const LINTED_LANGUAGES = new Set(['markdown', 'plaintext']);

interface Linted {
  version: number;
  filePath: string;
  findings: LintMessage[];
  /** 1 when the text starts with a byte-order mark, which the linter's offsets do not count. */
  bomShift: number;
}

interface InitializationOptions {
  /** As the CLI's --untrusted: read only JSON/YAML config and load no plugins (for an untrusted workspace). */
  untrusted?: boolean;
  /** As the CLI's --today: the date to judge messages on (YYYY-MM-DD), for reproducible results. */
  today?: string;
}

const filePathOf = (uri: string, languageId: string): string => {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  // An unsaved buffer: no config lookup from a real folder, but markdown or text as its language says.
  return languageId === 'plaintext' ? '<text>.txt' : '<text>';
};

export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let untrusted = false;
  let today: string | undefined;
  let linters = new Map<string, Linter>();
  const linted = new Map<string, Linted>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  /** The Linter of the workspace folder holding the file (the deepest one), so config lookup and ignores start there as the CLI's would in that folder. */
  const linterFor = (filePath: string): Linter => {
    const folder = folders.filter((f) => filePath === f || filePath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? (path.isAbsolute(filePath) ? path.dirname(filePath) : process.cwd());
    let linter = linters.get(folder);
    if (!linter) {
      linter = new Linter({ cwd: folder, untrusted, ...(today && { today }) });
      linters.set(folder, linter);
    }
    return linter;
  };

  const toDiagnostic = (finding: LintMessage, bomShift: number): Diagnostic => {
    const diagnostic: Diagnostic = {
      range: {
        start: { line: Math.max(0, finding.line - 1), character: Math.max(0, finding.column - 1 + (finding.line === 1 ? bomShift : 0)) },
        end: { line: Math.max(0, finding.endLine - 1), character: Math.max(0, finding.endColumn - 1 + (finding.endLine === 1 ? bomShift : 0)) },
      },
      severity: finding.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'netlint',
      message: finding.message,
    };
    if (finding.ruleId) {
      diagnostic.code = finding.ruleId;
      // Built-in rules' pages; a plugin rule's own URL is in its metadata, which the hover shows.
      const href = ruleDocsUrl(finding.ruleId, undefined);
      if (href) diagnostic.codeDescription = { href };
    }
    return diagnostic;
  };

  const lint = async (document: TextDocument): Promise<void> => {
    if (!LINTED_LANGUAGES.has(document.languageId)) return;
    const text = document.getText();
    const filePath = filePathOf(document.uri, document.languageId);
    const bomShift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let findings: LintMessage[];
    try {
      const outcome = await linterFor(filePath).lintText(text, filePath);
      findings = outcome.ignored ? [] : outcome.result.messages;
    } catch (error) {
      // A bad config: say so on the document, as the CLI says so on one line.
      findings = [{ ruleId: null, severity: 2, message: `netlint: ${errorFirstLine(error)}`, line: 1, column: 1, endLine: 1, endColumn: 1 }];
    }
    // A newer edit arrived while this one was linted: its own run will publish.
    if (documents.get(document.uri)?.version !== document.version) return;
    linted.set(document.uri, { version: document.version, filePath, findings, bomShift });
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnostic(f, bomShift)) });
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) lint(current).catch((error: unknown) => connection.console.error(`netlint: ${errorFirstLine(error)}`));
      }, delay),
    );
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []).filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    const options = params.initializationOptions as InitializationOptions | undefined;
    untrusted = options?.untrusted === true;
    if (typeof options?.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) today = options.today;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'netlint' },
    };
  });

  connection.onInitialized(() => {
    // Config files may change while documents are open: start over with fresh Linters then.
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/{.networklintrc*,networklint.config.*,.networklintignore,package.json}' }] }).catch(() => undefined);
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => fileURLToPath(f.uri)));
      folders = folders.filter((f) => !removed.has(f)).concat(event.added.map((f) => fileURLToPath(f.uri)));
      relintAll();
    });
  });

  const relintAll = () => {
    linters = new Map();
    for (const document of documents.all()) schedule(document, 0);
  };
  connection.onDidChangeWatchedFiles(relintAll);

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document, DEBOUNCE_MS));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    linted.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    const state = linted.get(params.textDocument.uri);
    if (!document || !state || state.version !== document.version) return [];
    const actions: CodeAction[] = [];
    for (const finding of state.findings) {
      if (!finding.suggestions?.length) continue;
      const diagnostic = toDiagnostic(finding, state.bomShift);
      const { start, end } = diagnostic.range;
      const wanted = params.range;
      const overlaps = !(end.line < wanted.start.line || (end.line === wanted.start.line && end.character < wanted.start.character) || start.line > wanted.end.line || (start.line === wanted.end.line && start.character > wanted.end.character));
      if (!overlaps) continue;
      for (const suggestion of finding.suggestions) {
        const [from, to] = suggestion.fix.range;
        actions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(from + state.bomShift), end: document.positionAt(to + state.bomShift) }, newText: suggestion.fix.text }] } },
        });
      }
    }
    return actions;
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    const state = linted.get(params.textDocument.uri);
    if (!document || !state) return null;
    const { line, character } = params.position;
    const ruleIds = new Set<string>();
    for (const finding of state.findings) {
      if (!finding.ruleId) continue;
      const { start, end } = toDiagnostic(finding, state.bomShift).range;
      const afterStart = line > start.line || (line === start.line && character >= start.character);
      const beforeEnd = line < end.line || (line === end.line && character <= end.character);
      if (afterStart && beforeEnd) ruleIds.add(finding.ruleId);
    }
    if (ruleIds.size === 0) return null;
    const registry = (await linterFor(state.filePath).configFor(state.filePath)).registry;
    const sections = [...ruleIds].map((id) => {
      const rule = registry.get(id);
            const href = rule && ruleDocsUrl(id, rule.meta);
      return rule ? `\`\`\`text\n${explainRule(id, rule).trimEnd()}\n\`\`\`\n${href ? `[${id}](${href})` : id}` : id;
    });
    return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } };
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs the server on standard input and output until the client says exit. */
export function runLanguageServer(): Promise<number> {
  // Whatever would be printed must not corrupt the protocol on standard output.
  console.log = console.error;
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  return new Promise((resolve) => {
    connection.onExit(() => resolve(0));
    startLanguageServer(connection);
  });
}
