/**
 * The study view's page: a fixed skeleton, the stylesheet media/study/study.css and the script
 * dist/study-view.js, under a CSP that allows only those two (by the webview's own origin and a fresh nonce),
 * no inline styles, no remote content and no other script. Everything else arrives as messages.
 */
import { randomBytes } from 'node:crypto';

export interface StudyPageResources {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Webview URIs of the script and the stylesheet. */
  readonly script: string;
  readonly style: string;
}

export function studyPageHtml(r: StudyPageResources, nonce = randomBytes(16).toString('base64')): string {
  const csp = [`default-src 'none'`, `style-src ${r.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${r.cspSource}`, `font-src ${r.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${r.style}">
<title>Serverless Notes Quiz</title>
</head>
<body data-phase="loading">
<header>
  <h1><span class="app">Serverless Notes Quiz</span> · <span id="scope"></span></h1>
  <p id="progress" aria-live="polite"></p>
  <label class="filter">Topic <select id="filter"></select></label>
</header>
<main id="question" aria-live="off"><p class="message">Loading…</p></main>
<section id="feedback" role="status" aria-live="polite" aria-atomic="true"></section>
<footer><p class="keys">Keys: 1–5 or A–E answer · Enter submits or goes on · O opens the note</p></footer>
<script nonce="${nonce}" src="${r.script}"></script>
</body>
</html>`;
}
