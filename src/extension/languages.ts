/** Languages whose documents may be templates or stacks (the client's document selector). */
export const CLIENT_LANGUAGE_IDS = ['yaml', 'json', 'jsonc', 'cloudformation', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];
