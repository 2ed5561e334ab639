/**
 * The web page: lints the draft in the page with the portable core as the
 * user types, marks each finding on its exact words and lists them all.
 * Nothing is fetched or sent: the core and its rules are bundled in.
 */
import { LineIndex, lintMessage, ruleDocsUrl, type FrontMatterDefaults, type LintMessage, type LintResult } from '../src/core.js';

/** The article's two LinkedIn messages, as one-click examples. */
const EXAMPLES: Record<string, { text: string; channel: string }> = {
  user: {
    channel: 'linkedin',
    text: 'Sam, we’re connected on LinkedIn and I see you work for ABC Company. I have an interview with them tomorrow. Can you please give me some advice? And, attached is my résumé. Will you please forward it to the hiring manager of job #125465 with a referral? Thank you, Nancy',
  },
  networker: {
    channel: 'linkedin',
    text: 'Sam, we are connected on LinkedIn and I read your great profile. It appears you have a strong background in sales at the ABC Company, and I am applying for an outside sales position in the Y Division in San Francisco, a position I am passionate about and qualified for. I realize you don’t know me, but may I ask you a few questions via e-mail? What is your business e-mail address so I can ask three questions? I hope I can help you in some way, as well. Regards, Nancy',
  },
};

const DEBOUNCE_MS = 150;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const draft = byId<HTMLTextAreaElement>('draft');
const marked = byId<HTMLDivElement>('marked');
const backdrop = byId<HTMLDivElement>('backdrop');
const list = byId<HTMLOListElement>('findings');
const verdict = byId<HTMLParagraphElement>('verdict');
const counts = byId<HTMLParagraphElement>('counts');
const tip = byId<HTMLDivElement>('tip');
const facts = ['channel', 'stage', 'relationship'].map((id) => byId<HTMLSelectElement>(id));

/** Milliseconds each update took (lint and render), for the browser test to report. */
const timings: number[] = [];
(window as unknown as { netlintTimings: number[] }).netlintTimings = timings;

function defaults(): FrontMatterDefaults {
  const chosen: Record<string, string> = {};
  for (const select of facts) if (select.value) chosen[select.id] = select.value;
  return chosen as FrontMatterDefaults;
}

interface Highlight {
  start: number;
  end: number;
  index: number;
  finding: LintMessage;
}

/** Finding ranges as offsets into the text (zero-width ones cannot be marked; the list still has them). */
function highlights(text: string, findings: readonly LintMessage[]): Highlight[] {
  const lines = new LineIndex(text);
  const at = (line: number, column: number) => lines.lineStart(line) + column - 1;
  return findings
    .map((finding, index) => ({ start: at(finding.line, finding.column), end: at(finding.endLine, finding.endColumn), index, finding }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
}

function markFor(h: Highlight): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset.rule = h.finding.ruleId ?? 'netlint';
  mark.dataset.severity = String(h.finding.severity);
  mark.dataset.finding = String(h.index);
  mark.tabIndex = 0;
  mark.setAttribute('aria-describedby', `finding-${h.index}`);
  return mark;
}

/**
 * The text with a <mark> around each finding's words. Ranges nest (a sentence inside a
 * paragraph's finding); a range that crosses the end of the one it starts in is cut there
 * and continued after it, so every mark still covers only its finding's words.
 */
function renderMarked(text: string, spans: Highlight[]): void {
  const root = document.createDocumentFragment();
  const open: { node: Node; end: number }[] = [{ node: root, end: text.length }];
  let position = 0;
  const emit = (until: number) => {
    while (position < until) {
      const top = open[open.length - 1]!;
      const stop = Math.min(until, top.end);
      if (stop > position) top.node.appendChild(document.createTextNode(text.slice(position, stop)));
      position = stop;
      if (position === top.end && open.length > 1) open.pop();
    }
  };
  const queue = [...spans];
  while (queue.length) {
    const h = queue.shift()!;
    emit(h.start);
    while (open.length > 1 && open[open.length - 1]!.end <= position) open.pop();
    const parent = open[open.length - 1]!;
    const end = Math.min(h.end, parent.end);
    if (h.end > end) {
      queue.push({ ...h, start: end });
      queue.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    }
    const mark = markFor({ ...h, end });
    parent.node.appendChild(mark);
    open.push({ node: mark, end });
  }
  emit(text.length);
  // The copy behind the text box is only a picture: no focus stops, ids or descriptions.
  const picture = root.cloneNode(true) as DocumentFragment;
  for (const mark of picture.querySelectorAll('mark')) {
    mark.removeAttribute('tabindex');
    mark.removeAttribute('aria-describedby');
    mark.removeAttribute('data-finding');
  }
  // A final line break needs something after it to take up its line, as it does in the text box.
  backdrop.replaceChildren(picture, document.createTextNode(text.endsWith('\n') ? ' ' : ''));
  backdrop.scrollTop = draft.scrollTop;
  marked.replaceChildren(root);
}

function renderList(findings: readonly LintMessage[]): void {
  list.replaceChildren(
    ...findings.map((finding, index) => {
      const item = document.createElement('li');
      item.id = `finding-${index}`;
      item.dataset.rule = finding.ruleId ?? 'netlint';
      item.dataset.severity = String(finding.severity);
      const head = document.createElement('div');
      head.className = 'finding-head';
      const severity = document.createElement('span');
      severity.className = 'severity';
      severity.textContent = finding.severity === 2 ? 'error' : 'warning';
      const rule = document.createElement('span');
      rule.className = 'rule-id';
      rule.textContent = finding.ruleId ?? 'netlint';
      const where = document.createElement('span');
      where.textContent = `line ${finding.line}, column ${finding.column}`;
      head.append(severity, rule, where);
      const message = document.createElement('p');
      message.className = 'finding-message';
      message.textContent = finding.message;
      item.append(head, message);
      for (const suggestion of finding.suggestions ?? []) {
        const p = document.createElement('p');
        p.className = 'suggestion';
        p.textContent = `Suggestion: ${suggestion.desc}`;
        item.append(p);
      }
      const links = document.createElement('div');
      links.className = 'finding-links';
      const mark = marked.querySelector<HTMLElement>(`mark[data-finding="${index}"]`);
      if (mark) {
        const show = document.createElement('button');
        show.type = 'button';
        show.textContent = 'Show in text';
        show.setAttribute('aria-label', `Show ${finding.ruleId ?? 'finding'} in the text`);
        show.addEventListener('click', () => mark.focus());
        links.append(show);
      }
      const docsUrl = finding.ruleId ? ruleDocsUrl(finding.ruleId, undefined) : undefined;
      if (finding.ruleId && docsUrl) {
        const docs = document.createElement('a');
        docs.href = docsUrl;
        docs.target = '_blank';
        docs.rel = 'noopener noreferrer';
        docs.textContent = `About ${finding.ruleId}`;
        links.append(docs);
      }
      item.append(links);
      return item;
    }),
  );
}

function renderSummary(result: LintResult): void {
  verdict.dataset.kind = result.netlint.verdict.kind;
  verdict.textContent = draft.value.trim() ? `This ${result.netlint.verdict.text}.` : 'Type or paste a draft to see how it reads.';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  counts.textContent = `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`;
}

let shown: LintMessage[] = [];

function update(): void {
  const started = performance.now();
  const text = draft.value;
  const { result } = lintMessage(text, { defaults: defaults(), filePath: 'draft.md' });
  shown = result.messages;
  renderMarked(text, highlights(text, shown));
  renderList(shown);
  renderSummary(result);
  hideTip();
  timings.push(performance.now() - started);
  document.body.dataset.lintCount = String(timings.length);
}

function showTip(mark: HTMLElement): void {
  const finding = shown[Number(mark.dataset.finding)];
  if (!finding) return;
  const title = document.createElement('strong');
  title.textContent = `${finding.severity === 2 ? 'error' : 'warning'} · ${finding.ruleId ?? 'netlint'}`;
  const body = document.createElement('span');
  body.textContent = finding.message;
  tip.replaceChildren(title, body);
  for (const s of finding.suggestions ?? []) {
    const p = document.createElement('span');
    p.textContent = ` Suggestion: ${s.desc}`;
    tip.append(p);
  }
  const box = mark.getBoundingClientRect();
  tip.hidden = false;
  tip.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8))}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  for (const el of document.querySelectorAll('.current')) el.classList.remove('current');
  mark.classList.add('current');
  document.getElementById(`finding-${mark.dataset.finding}`)?.classList.add('current');
}

function hideTip(): void {
  tip.hidden = true;
  for (const el of document.querySelectorAll('.current')) el.classList.remove('current');
}

const innermostMark = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('mark[data-finding]') : null);
marked.addEventListener('mouseover', (event) => {
  const mark = innermostMark(event.target);
  if (mark) showTip(mark);
});
marked.addEventListener('mouseleave', hideTip);
marked.addEventListener('focusin', (event) => {
  const mark = innermostMark(event.target);
  if (mark) showTip(mark);
});
marked.addEventListener('focusout', hideTip);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideTip();
});

let pending: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(pending);
  pending = setTimeout(update, DEBOUNCE_MS);
}
draft.addEventListener('input', schedule);
draft.addEventListener('scroll', () => (backdrop.scrollTop = draft.scrollTop));
for (const select of facts) select.addEventListener('change', update);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
  button.addEventListener('click', () => {
    const example = EXAMPLES[button.dataset.example!]!;
    draft.value = example.text;
    facts[0]!.value = example.channel;
    update();
    draft.focus();
  });
}

update();
