/**
 * The study view's page script (bundled to dist/study-view.js, run inside the webview under a CSP that allows
 * only this script, by nonce). It draws what the extension sends (`StudyView`), sends back what the learner
 * does, and keeps the view's state for a window reload (`setState`). Text goes in with textContent; the only
 * HTML it inserts (the highlighted snippet and the explanation) was built and escaped by the extension.
 * Keyboard: 1–9 or A–I pick an option (tick it, for "choose two"), Enter submits or goes on, O opens the note.
 */
import type { StudyMessage, StudyPersisted, StudyView } from '../extension/study/study-protocol';

interface VsCodeApi {
  postMessage(message: StudyMessage): void;
  setState(state: StudyPersisted): void;
  getState(): StudyPersisted | undefined;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const LETTERS = 'ABCDEFGHI';
let view: StudyView | undefined;
let ticked = new Set<number>();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

function post(message: StudyMessage): void {
  vscode.postMessage(message);
}

function saveSelection(): void {
  if (!view) return;
  const selected = [...ticked].sort((a, b) => a - b);
  vscode.setState({ ...view.persist, selected });
  post({ type: 'select', choices: selected });
}

/** What has the keyboard focus, to give it back after a redraw of the same phase (due counts change under it). */
function focusedKey(): string | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body) return undefined;
  return active.id ? `#${active.id}` : active.dataset.index !== undefined ? `[data-index="${active.dataset.index}"]` : undefined;
}

function render(next: StudyView): void {
  const phaseChanged = !view || view.phase !== next.phase || view.question?.id !== next.question?.id;
  const focused = phaseChanged ? undefined : focusedKey();
  view = next;
  ticked = new Set(next.selected);
  vscode.setState(next.persist);
  document.body.dataset.phase = next.phase;
  // Counts redraws, so a test (or a person's assistive tool) can tell a new view from the one before.
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);

  $('scope').textContent = next.scopeLabel;
  $('progress').textContent =
    next.phase === 'empty' ? `${next.due} due` : `Question ${next.number} of ${next.total} · ${next.correct} right · ${next.due} due`;
  renderFilter(next);

  const main = $('question');
  main.replaceChildren();
  const feedback = $('feedback');
  feedback.replaceChildren();
  const q = next.question;
  if (!q) {
    const message = el('p', { id: 'message', className: 'message', tabIndex: -1 }, next.message ?? '');
    main.append(message);
    if (next.phase === 'summary') {
      const exportAnki = el('button', { id: 'export-anki', className: 'secondary' }, 'Export the quiz to Anki…');
      exportAnki.addEventListener('click', () => post({ type: 'exportAnki' }));
      main.append(exportAnki);
    }
    if (phaseChanged) message.focus();
    else if (focused) document.querySelector<HTMLElement>(focused)?.focus();
    return;
  }
  const answered = next.feedback;
  const topic = el('p', { className: 'topic' }, q.topicTitle);
  const prompt = el('h2', { id: 'prompt', tabIndex: -1 });
  prompt.innerHTML = q.promptHtml;
  prompt.dataset.question = q.id;
  main.append(topic, prompt);
  if (q.snippetHtml !== undefined) {
    const pre = el('pre', { className: 'snippet' });
    pre.setAttribute('aria-label', `Code (${q.snippetLanguage ?? 'text'})`);
    const code = el('code', { className: `language-${q.snippetLanguage ?? 'text'}` });
    code.innerHTML = q.snippetHtml;
    pre.append(code);
    main.append(pre);
  }
  const group = el('div', { id: 'options', className: q.multiple ? 'options multiple' : 'options single' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', 'prompt');
  q.optionsHtml.forEach((option, i) => group.append(optionControl(q.multiple, option, i, answered)));
  main.append(group);
  if (q.multiple && !answered) {
    const hint = el('p', { className: 'hint', id: 'hint' }, `Choose ${q.choose}: tick with 1–${q.options.length} or A–${LETTERS[q.options.length - 1]}, then Enter.`);
    const submit = el('button', { id: 'submit', className: 'primary' }, 'Submit');
    submit.addEventListener('click', () => answer([...ticked]));
    main.append(hint, submit);
    updateSubmit();
  }
  if (answered) renderFeedback(feedback, next);
  if (phaseChanged) {
    if (answered) $('next')?.focus();
    else prompt.focus();
  } else if (focused) document.querySelector<HTMLElement>(focused)?.focus();
}

/** An option's text, as the inline HTML the extension built. */
function optionText(html: string): HTMLElement {
  const text = el('span', { className: 'text' });
  text.innerHTML = html;
  return text;
}

function optionControl(multiple: boolean, option: string, i: number, answered: StudyView['feedback']): HTMLElement {
  const key = `${LETTERS[i]}`;
  const state = answered ? (answered.answers.includes(i) ? 'right' : answered.choices.includes(i) ? 'wrong' : '') : '';
  if (!multiple) {
    const button = el('button', { className: `option ${state}`, disabled: !!answered });
    button.dataset.index = String(i);
    button.setAttribute('aria-keyshortcuts', `${i + 1} ${key}`);
    button.append(el('span', { className: 'key' }, key), optionText(option));
    if (state) button.append(el('span', { className: 'mark' }, state === 'right' ? ' ✓ right answer' : ' ✗ your answer'));
    button.addEventListener('click', () => answer([i]));
    return button;
  }
  const label = el('label', { className: `option ${state}` });
  const box = el('input', { type: 'checkbox', checked: answered ? answered.choices.includes(i) : ticked.has(i), disabled: !!answered });
  box.dataset.index = String(i);
  box.setAttribute('aria-keyshortcuts', `${i + 1} ${key}`);
  box.addEventListener('change', () => {
    if (box.checked) ticked.add(i);
    else ticked.delete(i);
    updateSubmit();
    saveSelection();
  });
  label.append(box, el('span', { className: 'key' }, key), optionText(option));
  if (state) label.append(el('span', { className: 'mark' }, state === 'right' ? ' ✓ right answer' : ' ✗ not right'));
  return label;
}

function updateSubmit(): void {
  const submit = document.getElementById('submit') as HTMLButtonElement | null;
  if (submit) submit.disabled = ticked.size === 0;
}

function renderFeedback(region: HTMLElement, v: StudyView): void {
  const f = v.feedback!;
  const q = v.question!;
  const right = f.answers.map((i) => `${LETTERS[i]}. ${q.options[i]}`).join('; ');
  const verdict = el('p', { id: 'verdict', className: f.correct ? 'verdict right' : 'verdict wrong' }, f.correct ? 'Right.' : `Not quite. The answer: ${right}`);
  const explanation = el('div', { className: 'explanation' });
  explanation.innerHTML = f.explanationHtml;
  const schedule = el('p', { className: 'schedule' }, `Rated ${f.rating}${f.nextReview ? ` · next review ${f.nextReview}` : ''}`);
  const actions = el('div', { className: 'actions' });
  const next = el('button', { id: 'next', className: 'primary' }, f.last ? 'See the summary' : 'Next question');
  next.addEventListener('click', () => post({ type: 'next' }));
  const open = el('button', { id: 'open-note', className: 'secondary' }, 'Open the note');
  open.addEventListener('click', () => post({ type: 'openNote' }));
  actions.append(next, open);
  region.append(verdict, explanation, schedule, actions);
}

function renderFilter(v: StudyView): void {
  const select = $<HTMLSelectElement>('filter');
  const wanted = ['', ...v.topics.map((t) => t.id)].join('\n');
  if (select.dataset.options !== wanted) {
    select.replaceChildren(el('option', { value: '' }, 'This quiz’s topics'), ...v.topics.map((t) => el('option', { value: t.id }, t.title)));
    select.dataset.options = wanted;
  }
  select.value = v.filter;
}

function answer(choices: number[]): void {
  if (!view?.question || view.feedback || !choices.length) return;
  post({ type: 'answer', choices });
}

function indexOfKey(key: string): number {
  if (key.length !== 1) return -1;
  if (key >= '1' && key <= '9') return Number(key) - 1;
  return LETTERS.indexOf(key.toUpperCase());
}

document.addEventListener('keydown', (e) => {
  if (!view || e.altKey || e.ctrlKey || e.metaKey) return;
  const target = e.target as HTMLElement | null;
  if (target?.tagName === 'SELECT') return;
  const q = view.question;
  if (view.feedback) {
    if (e.key === 'Enter' && target?.tagName !== 'BUTTON') {
      e.preventDefault();
      post({ type: 'next' });
    } else if (e.key.toLowerCase() === 'o') post({ type: 'openNote' });
    else if (e.key.toLowerCase() === 'n') post({ type: 'next' });
    return;
  }
  if (!q) return;
  const i = indexOfKey(e.key);
  if (i >= 0 && i < q.options.length) {
    e.preventDefault();
    if (!q.multiple) return answer([i]);
    if (ticked.has(i)) ticked.delete(i);
    else ticked.add(i);
    const box = document.querySelector<HTMLInputElement>(`input[data-index="${i}"]`);
    if (box) {
      box.checked = ticked.has(i);
      box.focus();
    }
    updateSubmit();
    saveSelection();
  } else if (e.key === 'Enter' && q.multiple && target?.tagName !== 'BUTTON' && ticked.size) {
    e.preventDefault();
    answer([...ticked]);
  }
});

$<HTMLSelectElement>('filter').addEventListener('change', (e) => post({ type: 'filter', topicId: (e.target as HTMLSelectElement).value }));
window.addEventListener('message', (e: MessageEvent<{ type: string; view?: StudyView }>) => {
  if (e.data?.type === 'view' && e.data.view) render(e.data.view);
});
post({ type: 'ready' });
