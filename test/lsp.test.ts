/**
 * `netlint --lsp` as an editor drives it: a scripted client over stdio
 * (vscode-jsonrpc) initializes, opens the article's USER draft, receives its
 * diagnostics at the exact ranges, asks for code actions and hover, edits the
 * draft, and shuts the server down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/types.js';
import { bin, netlint, project, USER_DRAFT } from './cli-helpers.js';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity: number;
  code?: string;
  source?: string;
  message: string;
}
interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const USER_WITH_SUGGESTION = `${USER_DRAFT.trimEnd()}\n`;

describe('netlint --lsp', () => {
  let server: ChildProcess;
  let connection: MessageConnection;
  let workspace: string;
  const published: PublishDiagnostics[] = [];
  const waiters: { test: (p: PublishDiagnostics) => boolean; resolve: (p: PublishDiagnostics) => void }[] = [];
  let stderr = '';

  /** The next diagnostics published for a document that pass the test (or one already received). */
  function diagnosticsFor(uri: string, test: (p: PublishDiagnostics) => boolean = () => true): Promise<PublishDiagnostics> {
    const seen = published.find((p) => p.uri === uri && test(p));
    if (seen) {
      published.splice(published.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
  }

  beforeAll(async () => {
    workspace = project({
      // The same config discovery as the CLI: this project turns one rule off and makes one an error.
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], rules: { 'too-many-asks': 'off', 'missing-personalization': 'error' }, defaults: { channel: 'linkedin' } }),
      'drafts/user.md': USER_WITH_SUGGESTION,
      'drafts/notes.txt': 'Could you give me some advice?\n',
    });
    server = spawn(process.execPath, [bin, '--lsp', '--stdio'], { cwd: path.dirname(workspace), stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
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
    const result = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'drafts' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    })) as { capabilities: { hoverProvider?: boolean; codeActionProvider?: unknown } };
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(result.capabilities.codeActionProvider).toBeTruthy();
    await connection.sendNotification('initialized', {});
  }, 60_000);

  afterAll(async () => {
    connection?.dispose();
    server?.kill();
  });

  const userUri = () => pathToFileURL(path.join(workspace, 'drafts/user.md')).href;

  it('publishes the CLI findings for an opened draft at the exact ranges, with source netlint and the rule id as code', async () => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: userUri(), languageId: 'markdown', version: 1, text: USER_WITH_SUGGESTION } });
    const { diagnostics, version } = await diagnosticsFor(userUri());
    expect(version).toBe(1);
    const cli = JSON.parse(netlint(['-f', 'json', 'drafts/user.md'], { cwd: workspace }).stdout) as LintResult[];
    const expected = cli[0]!.messages.map((m) => ({
      code: m.ruleId,
      severity: m.severity === 2 ? 1 : 2,
      range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    }));
    expect(expected.length).toBeGreaterThan(3);
    expect(diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range }))).toEqual(expected);
    expect(diagnostics.every((d) => d.source === 'netlint')).toBe(true);
    // The workspace config applies: too-many-asks is off, missing-personalization an error.
    expect(diagnostics.map((d) => d.code)).not.toContain('too-many-asks');
    expect(diagnostics.find((d) => d.code === 'missing-personalization')?.severity).toBe(1);
    // And the exact words: vague-advice-request is on "some advice".
    const vague = diagnostics.find((d) => d.code === 'vague-advice-request')!;
    const line = USER_WITH_SUGGESTION.split('\n')[vague.range.start.line]!;
    expect(line.slice(vague.range.start.character, vague.range.end.character)).toBe('some advice');
  }, 60_000);

  it('offers a finding’s suggestions as quick fixes that edit the document', async () => {
    const text = '---\nrecipient: Sam Lee\n---\nHi {{first_name}}, I read your post about onboarding new reps.\n';
    const uri = pathToFileURL(path.join(workspace, 'drafts/template.md')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(uri);
    const withFix = diagnostics.find((d) => d.code === 'unfilled-placeholder');
    expect(withFix, JSON.stringify(diagnostics)).toBeDefined();
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: withFix!.range, context: { diagnostics: [withFix] } })) as { title: string; kind: string; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions[0]!.kind).toBe('quickfix');
    expect(actions[0]!.title).toBe('Fill in "Sam"');
    const edit = actions[0]!.edit.changes[uri]![0]!;
    expect(edit).toEqual({ range: { start: { line: 3, character: 3 }, end: { line: 3, character: 17 } }, newText: 'Sam' });
  }, 60_000);

  it('shows the rule’s --explain text on hover over a finding', async () => {
    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: userUri() }, position: { line: 0, character: USER_WITH_SUGGESTION.indexOf('some advice') + 2 } })) as { contents: { kind: string; value: string } } | null;
    expect(hover?.contents.kind).toBe('markdown');
    const explain = netlint(['--explain', 'vague-advice-request']).stdout.trimEnd();
    expect(hover!.contents.value).toContain(explain);
  }, 60_000);

  it('lints again after an edit: a rewritten sentence loses its finding', async () => {
    const rewritten = USER_WITH_SUGGESTION.replace('Can you please give me some advice?', 'How does your team measure a new rep in the first quarter?');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: userUri(), version: 2 }, contentChanges: [{ text: rewritten }] });
    const { diagnostics } = await diagnosticsFor(userUri(), (p) => p.version === 2);
    expect(diagnostics.map((d) => d.code)).not.toContain('vague-advice-request');
    expect(diagnostics.map((d) => d.code)).toContain('attachment-before-relationship');
  }, 60_000);

  it('respects netlint-disable directives in the document', async () => {
    const text = `<!-- netlint-disable vague-advice-request -- asked for on purpose -->\n${USER_WITH_SUGGESTION}`;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: userUri(), version: 3 }, contentChanges: [{ text }] });
    const { diagnostics } = await diagnosticsFor(userUri(), (p) => p.version === 3);
    expect(diagnostics.map((d) => d.code)).not.toContain('vague-advice-request');
    expect(diagnostics.map((d) => d.code)).toContain('attachment-before-relationship');
  }, 60_000);

  it('lints plain-text documents too', async () => {
    const uri = pathToFileURL(path.join(workspace, 'drafts/notes.txt')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(path.join(workspace, 'drafts/notes.txt'), 'utf8') } });
    const { diagnostics } = await diagnosticsFor(uri);
    expect(diagnostics.map((d) => d.code)).toContain('vague-advice-request');
  }, 60_000);

  it('shuts down and exits when asked, with nothing on standard error', async () => {
    await connection.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
