/**
 * A scripted language-server client for the tests: starts `netlint --lsp`
 * over stdio, initializes it for one workspace folder and collects the
 * diagnostics it publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { LintMessage } from '../src/types.js';
import { bin } from './cli-helpers.js';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity: number;
  code?: string;
  source?: string;
  codeDescription?: { href: string };
  message: string;
}
/** A diagnostic without what only the server adds (source, docs link), to compare with expectedDiagnostic. */
export const comparable = ({ source: _source, codeDescription: _docs, ...rest }: Diagnostic): Omit<Diagnostic, 'source' | 'codeDescription'> => rest;

export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface LspSession {
  server: ChildProcess;
  connection: MessageConnection;
  capabilities: Record<string, unknown>;
  /** The next diagnostics published for a document that pass the test (or one received earlier and not yet taken). */
  diagnosticsFor(uri: string, test?: (p: PublishDiagnostics) => boolean): Promise<PublishDiagnostics>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  stderr(): string;
}

export async function startLsp(workspace: string, initializationOptions: Record<string, unknown> = {}): Promise<LspSession> {
  const server = spawn(process.execPath, [bin, '--lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const published: PublishDiagnostics[] = [];
  const waiters: { test: (p: PublishDiagnostics) => boolean; resolve: (p: PublishDiagnostics) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnostics) => {
    const waiter = waiters.find((w) => w.test(params));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    } else {
      published.push(params);
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const { capabilities } = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions,
  })) as { capabilities: Record<string, unknown> };
  await connection.sendNotification('initialized', {});
  return {
    server,
    connection,
    capabilities,
    stderr: () => stderr,
    diagnosticsFor(uri, test = () => true) {
      const seen = published.find((p) => p.uri === uri && test(p));
      if (seen) {
        published.splice(published.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      return new Promise((resolve) => waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
    },
    open: (uri, text, languageId = 'markdown') => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }),
  };
}

/** What a diagnostic should be for a CLI finding (LSP lines and characters count from 0). */
export function expectedDiagnostic(m: LintMessage): Omit<Diagnostic, 'source' | 'codeDescription'> {
  return {
    ...(m.ruleId && { code: m.ruleId }),
    severity: m.severity === 2 ? 1 : 2,
    message: m.message,
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
  };
}
