/**
 * `netlint --lsp` as an editor drives it: a scripted client over stdio
 * (vscode-jsonrpc) initializes, opens the article's USER draft, receives its
 * diagnostics at the exact ranges, asks for code actions and hover, edits the
 * draft, and shuts the server down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/types.js';
import { netlint, project, USER_DRAFT } from './cli-helpers.js';
import { comparable, expectedDiagnostic, startLsp, type LspSession, type Range } from './lsp-client.js';

const USER_WITH_SUGGESTION = `${USER_DRAFT.trimEnd()}\n`;

describe('netlint --lsp', () => {
  let session: LspSession;
  let workspace: string;

  beforeAll(async () => {
    workspace = project({
      // The same config discovery as the CLI: this project turns one rule off and makes one an error.
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], rules: { 'too-many-asks': 'off', 'missing-personalization': 'error' }, defaults: { channel: 'linkedin' } }),
      'drafts/user.md': USER_WITH_SUGGESTION,
      'drafts/notes.txt': 'Could you give me some advice?\n',
      'broken/.networklintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
    });
    session = await startLsp(workspace);
    expect(session.capabilities['hoverProvider']).toBe(true);
    expect(session.capabilities['codeActionProvider']).toBeTruthy();
  }, 60_000);

  afterAll(() => {
    session?.connection.dispose();
    session?.server.kill();
  });

  const userUri = () => pathToFileURL(path.join(workspace, 'drafts/user.md')).href;

  it('publishes the CLI findings for an opened draft at the exact ranges, with source netlint and the rule id as code', async () => {
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: userUri(), languageId: 'markdown', version: 1, text: USER_WITH_SUGGESTION } });
    const { diagnostics, version } = await session.diagnosticsFor(userUri());
    expect(version).toBe(1);
    const cli = JSON.parse(netlint(['-f', 'json', 'drafts/user.md'], { cwd: workspace }).stdout) as LintResult[];
    const expected = cli[0]!.messages.map(expectedDiagnostic);
    expect(expected.length).toBeGreaterThan(3);
    expect(diagnostics.map(comparable)).toEqual(expected);
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
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const { diagnostics } = await session.diagnosticsFor(uri);
    const withFix = diagnostics.find((d) => d.code === 'unfilled-placeholder');
    expect(withFix, JSON.stringify(diagnostics)).toBeDefined();
    const actions = (await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: withFix!.range, context: { diagnostics: [withFix] } })) as { title: string; kind: string; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions[0]!.kind).toBe('quickfix');
    expect(actions[0]!.title).toBe('Fill in "Sam"');
    const edit = actions[0]!.edit.changes[uri]![0]!;
    expect(edit).toEqual({ range: { start: { line: 3, character: 3 }, end: { line: 3, character: 17 } }, newText: 'Sam' });
  }, 60_000);

  it('shows the rule’s --explain text on hover over a finding', async () => {
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: userUri() }, position: { line: 0, character: USER_WITH_SUGGESTION.indexOf('some advice') + 2 } })) as { contents: { kind: string; value: string } } | null;
    expect(hover?.contents.kind).toBe('markdown');
    const explain = netlint(['--explain', 'vague-advice-request']).stdout.trimEnd();
    expect(hover!.contents.value).toContain(explain);
  }, 60_000);

  it('lints again after an edit: a rewritten sentence loses its finding', async () => {
    const rewritten = USER_WITH_SUGGESTION.replace('Can you please give me some advice?', 'How does your team measure a new rep in the first quarter?');
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: userUri(), version: 2 }, contentChanges: [{ text: rewritten }] });
    const { diagnostics } = await session.diagnosticsFor(userUri(), (p) => p.version === 2);
    expect(diagnostics.map((d) => d.code)).not.toContain('vague-advice-request');
    expect(diagnostics.map((d) => d.code)).toContain('attachment-before-relationship');
  }, 60_000);

  it('respects netlint-disable directives in the document', async () => {
    const text = `<!-- netlint-disable vague-advice-request -- asked for on purpose -->\n${USER_WITH_SUGGESTION}`;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: userUri(), version: 3 }, contentChanges: [{ text }] });
    const { diagnostics } = await session.diagnosticsFor(userUri(), (p) => p.version === 3);
    expect(diagnostics.map((d) => d.code)).not.toContain('vague-advice-request');
    expect(diagnostics.map((d) => d.code)).toContain('attachment-before-relationship');
  }, 60_000);

  it('lints plain-text documents too', async () => {
    const uri = pathToFileURL(path.join(workspace, 'drafts/notes.txt')).href;
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(path.join(workspace, 'drafts/notes.txt'), 'utf8') } });
    const { diagnostics } = await session.diagnosticsFor(uri);
    expect(diagnostics.map((d) => d.code)).toContain('vague-advice-request');
  }, 60_000);

  it('says on the document, in one line, when the config that applies to it is broken', async () => {
    const uri = pathToFileURL(path.join(workspace, 'broken/draft.md')).href;
    await session.open(uri, USER_WITH_SUGGESTION);
    const { diagnostics } = await session.diagnosticsFor(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^Cannot lint this file: .*broken[\\/]\.networklintrc\.json.*unknown rule 'no-such-rule'/);
    expect(diagnostics[0]!.message).not.toContain('\n');
  }, 60_000);

  it('shuts down and exits when asked, with nothing on standard error', async () => {
    await session.connection.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => session.server.once('exit', (code) => resolve(code)));
    await session.connection.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(session.stderr()).toBe('');
  }, 60_000);
});
