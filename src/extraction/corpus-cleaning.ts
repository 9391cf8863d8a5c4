// The cleaning steps that turn a stored file into a corpus-set document's text (corpus-sets/README.md):
// ports of the Python the annotators ran, so a text rebuilt here has the sha256 they recorded. Python's
// semantics are kept where JavaScript's differ: slices count code points, not UTF-16 units; whitespace
// is what Python's str.isspace() calls whitespace; a word character in a lookaround is any letter or
// number, as Python's Unicode \w.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

/** One step, as the manifest writes it: its name, then its arguments. */
export type CleaningStep = ['slice', number, number] | ['html_unescape'] | ['strip'] | ['md_links'] | ['kremlin_paragraphs'] | ['wh_markdown'];
export const CLEANING_STEP_NAMES = ['slice', 'html_unescape', 'strip', 'md_links', 'kremlin_paragraphs', 'wh_markdown'] as const;

/** The characters Python's str.isspace(), str.strip(), str.split() and re's \s take for whitespace. */
const PYTHON_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGE_SPACE = new RegExp(`^[${PYTHON_SPACE}]+|[${PYTHON_SPACE}]+$`, 'gu');
const SPACE_RUN = new RegExp(`[${PYTHON_SPACE}]+`, 'u');

/** Python's `text.strip()`. */
export const pythonStrip = (text: string): string => text.replace(EDGE_SPACE, '');

/** Python's `' '.join(text.split())`: whitespace runs to one space, none at the ends. */
const collapseSpace = (text: string): string => text.split(SPACE_RUN).filter(Boolean).join(' ');

/** Python's `text[start:end]` for non-negative bounds: code points, so a character outside the BMP counts once. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/**
 * Python's html.unescape: named references (with or without the semicolon, as HTML5 reads them in
 * text), decimal and hex ones. The `entities` package follows the same HTML5 rules; the one known
 * difference is a numeric reference to a control character or noncharacter (`&#1;`, `&#xFFFE;`),
 * which Python drops and `entities` keeps.
 */
export const htmlUnescape = (text: string): string => decodeHTML(text);

/** Markdown images dropped, links replaced by their text (`[text](url)` → `text`). */
export function markdownLinksToText(text: string): string {
  return text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Start tags the annotators' parser skipped (never put on its stack of open elements). */
const SKIPPED_START_TAGS = new Set(['br', 'img', 'meta', 'input', 'link', 'hr', 'source']);

/**
 * The texts of the `<p>` elements of an HTML fragment, leaving out anything inside an element whose
 * class list has `hidden` (the site's person tooltips). Python's HTMLParser only tokenizes, so the
 * open elements are tracked here and htmlparser2's implied opens and closes (HTML's tree rules, e.g. a
 * `<div>` closing an open `<p>`) are ignored; an end tag closes up to its own open element, or nothing
 * when none is open; `<x/>` opens and closes.
 */
function paragraphTexts(fragment: string): string[] {
  const open: string[] = [];
  const paragraphs: string[] = [];
  let hiddenDepth: number | null = null;
  let inParagraph = false;
  const close = (tag: string) => {
    if (!open.includes(tag)) return;
    while (open.length > 0) {
      const top = open.pop()!;
      if (hiddenDepth !== null && open.length < hiddenDepth) hiddenDepth = null;
      if (top === 'p') inParagraph = false;
      if (top === tag) break;
    }
  };
  const parser: Parser = new Parser({
    onopentag(tag, attributes, isImplied) {
      if (isImplied || SKIPPED_START_TAGS.has(tag)) return;
      open.push(tag);
      if (hiddenDepth === null && (attributes.class ?? '').split(SPACE_RUN).includes('hidden')) hiddenDepth = open.length;
      if (tag === 'p' && hiddenDepth === null) {
        inParagraph = true;
        paragraphs.push('');
      }
      if (fragment[parser.endIndex - 1] === '/') close(tag);
    },
    onclosetag(tag, isImplied) {
      if (!isImplied) close(tag);
    },
    ontext(text) {
      if (inParagraph && hiddenDepth === null) paragraphs[paragraphs.length - 1] += text;
    },
  });
  parser.write(fragment);
  parser.end();
  return paragraphs;
}

/**
 * An en.kremlin.ru news page → its `<h1 class="entry-title">` (tags removed, references decoded), then
 * the text of every `<p>` from `id="read-lead"` up to the first `read__bottom` (or the page's end);
 * whitespace runs collapsed to one space, empty paragraphs dropped, paragraphs joined by a blank line.
 */
export function kremlinParagraphs(page: string): string {
  const title = /<h1 class="entry-title[^>]*>([\s\S]*?)<\/h1>/.exec(page);
  const lead = page.indexOf('id="read-lead"');
  if (!title || lead < 0) throw new Error('kremlin_paragraphs: no entry-title heading or no read-lead on the page');
  let part = page.slice(lead);
  const bottom = part.indexOf('read__bottom');
  if (bottom > 0) part = part.slice(0, bottom);
  return [htmlUnescape(title[1].replace(/<[^>]+>/g, '')), ...paragraphTexts(`<div ${part}`)]
    .map(collapseSpace)
    .filter(Boolean)
    .join('\n\n');
}

const LIST_ITEM = new RegExp(`^[${PYTHON_SPACE}]*[-*][${PYTHON_SPACE}]+`, 'u');

/**
 * A Markdown page of the brian14708/wh-briefings archive → its text: the YAML front matter dropped,
 * and the closing `\###` line with all after it; no-break spaces as spaces; Markdown backslash escapes
 * and HTML tags removed; paragraphs split on blank lines, each line stripped and a paragraph's lines
 * joined by a space, a list item (`-` or `*`) its own paragraph written `- item`; `**x**` and `*x*`
 * emphasis removed; paragraphs joined by a blank line.
 */
export function whiteHouseMarkdown(page: string): string {
  const lines = page.split('\n');
  const frontMatterEnd = lines.findIndex((line, index) => index > 0 && pythonStrip(line) === '---');
  if (pythonStrip(lines[0]) !== '---' || frontMatterEnd < 0) throw new Error('wh_markdown: the page has no front matter');
  let body = lines.slice(frontMatterEnd + 1);
  const closing = body.findIndex((line) => pythonStrip(line) === '\\###');
  if (closing >= 0) body = body.slice(0, closing);
  const text = body
    .join('\n')
    .replaceAll('\u00a0', ' ')
    .replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\]^_`{|}~])/g, '$1')
    .replace(/<[^<>\n]+>/g, '');
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of text.split('\n')) {
    if (pythonStrip(line) === '') flush();
    else if (LIST_ITEM.test(line)) {
      flush();
      current = [`- ${pythonStrip(line.replace(LIST_ITEM, ''))}`];
    } else current.push(pythonStrip(line));
  }
  flush();
  return pythonStrip(
    paragraphs
      .map((paragraph) => paragraph.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/(?<![\p{L}\p{N}_*])\*([^*]+)\*(?![\p{L}\p{N}_*])/gu, '$1'))
      .join('\n\n'),
  );
}

/** The steps applied in order. */
export function applyCleaning(text: string, steps: readonly CleaningStep[]): string {
  return steps.reduce((current, step) => {
    switch (step[0]) {
      case 'slice':
        return sliceCodePoints(current, step[1], step[2]);
      case 'html_unescape':
        return htmlUnescape(current);
      case 'strip':
        return pythonStrip(current);
      case 'md_links':
        return markdownLinksToText(current);
      case 'kremlin_paragraphs':
        return kremlinParagraphs(current);
      case 'wh_markdown':
        return whiteHouseMarkdown(current);
    }
  }, text);
}
