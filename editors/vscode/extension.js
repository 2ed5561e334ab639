// Starts `netlint --lsp` for markdown and plain-text documents. All the work is in the
// language server; this only finds the executable and passes the workspace's trust.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function netlintCommand() {
  const configured = workspace.getConfiguration('netlint').get('path');
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'netlint.cmd' : 'netlint');
    if (existsSync(local)) return local;
  }
  return 'netlint';
}

async function activate(context) {
  client = new LanguageClient(
    'netlint',
    'netlint',
    { command: netlintCommand(), args: ['--lsp', '--stdio'], options: { shell: process.platform === 'win32' } },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'untitled', language: 'plaintext' },
      ],
      // An untrusted workspace's config may not run code: the server then reads as with --untrusted.
      initializationOptions: { untrusted: !workspace.isTrusted },
    },
  );
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => client?.restart()));
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
