/**
 * The Getting Started walkthrough's one command of its own: "Open an Example Template" opens
 * media/walkthrough/example-template.yaml as an unsaved YAML editor (so the example is the user's to change,
 * and no file inside the installed extension is ever edited). The steps are package.json's
 * `contributes.walkthroughs`, their text media/walkthrough/*.md.
 */
import * as vscode from 'vscode';

export const OPEN_EXAMPLE_COMMAND = 'serverlessNotes.openExample';

export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'example-template.yaml'));
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: new TextDecoder().decode(bytes) });
    return vscode.window.showTextDocument(document, { preview: false });
  });
}
