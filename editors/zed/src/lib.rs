// Starts `serverless-notes lsp --stdio` (from PATH: the npm package, see the README's Install) and answers
// the server's `workspace/configuration` with the `lsp.serverless-notes.settings` of Zed's settings.json.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct ServerlessNotes;

impl zed::Extension for ServerlessNotes {
    fn new() -> Self {
        ServerlessNotes
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let command = worktree
            .which("serverless-notes")
            .ok_or_else(|| "serverless-notes is not on PATH: install the npm package (npm pack, then npm install -g ./serverless-notes-*.tgz; see the Serverless Notes README)".to_string())?;
        Ok(zed::Command { command, args: vec!["lsp".into(), "--stdio".into()], env: worktree.shell_env() })
    }

    fn language_server_workspace_configuration(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree)?.settings)
    }
}

zed::register_extension!(ServerlessNotes);
