// Turns a raw article (plain text, markdown or html) into headline, standfirst and body paragraphs,
// dropping what the publisher wrapped around the story (appeals, prompts, links, repeated leads).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { htmlMetadata } from './read';
import type { ArticleFormat, ArticleSource, CleanArticle } from './types';

const markdown = new MarkdownIt({ html: false, linkify: false });

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

/** The text of each block element, in document order (nested blocks are read once, at the innermost level). */
function blocksOfHtml(html: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const blocks: string[] = [];
  for (const element of document.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  return blocks;
}

/** Readability finds the story in a full page (drops navigation, footers, asides it recognizes). */
function storyHtml(document: ReturnType<typeof parseHTML>['document']): string {
  const body = document.querySelector('body')?.innerHTML ?? '';
  const story = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  return story?.content ?? body;
}

/** Markdown's paragraphs, headings and list items as plain text, read from markdown-it's tokens. */
function blocksOfMarkdown(text: string): string[] {
  const blocks: string[] = [];
  for (const token of markdown.parse(text, {})) {
    if (token.type !== 'inline') continue;
    const plain = (token.children ?? [])
      .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (plain) blocks.push(plain);
  }
  return blocks;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body)[\s>]/i.test(text.slice(0, 5000));
}

/** `titled`: the caller gave the headline, so a plain text opens with the story's first paragraph, not its headline. */
function blocksOf(text: string, format: ArticleFormat, page: ReturnType<typeof parseHTML>['document'] | null, titled: boolean): string[] {
  if (page) return blocksOfHtml(storyHtml(page));
  if (format === 'markdown') return blocksOfMarkdown(text);
  const rawLines = text.split(/\r?\n/);
  const lines = rawLines.map((line) => line.replace(/\s+/g, ' ').trim());
  return unwrapLines(lines, indentedParagraphOpeners(lines, rawLines.map((line) => /^[ \t]*/.exec(line)![0].length), titled));
}

/**
 * Wire copy (the Reuters wire of the 1980s, the Congressional Record) sets in the first line of each
 * paragraph and breaks the others at a fixed width, whatever they end with ("… Marvin W." / "Griffin Jr.,
 * who …"). When most lines set in deeper than the text's usual margin go on at that margin, those lines
 * open paragraphs and the lines at the margin after them continue them. Null when the text does not
 * indent its paragraphs so (a list whose items hang deeper, a text set in throughout, a paragraph a line). A
 * text known to open with its first paragraph (`opensWithParagraph`: the headline was given apart) opens one
 * there, whatever the copy that cut it out of the wire left of its indent.
 */
export function indentedParagraphOpeners(lines: string[], indents: number[], opensWithParagraph = false): Set<number> | null {
  const filled = lines.flatMap((line, index) => (line ? [index] : []));
  const usage = new Map<number, number>();
  for (const index of filled) usage.set(indents[index], (usage.get(indents[index]) ?? 0) + 1);
  const margin = [...usage.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const openers = filled.filter((index) => indents[index] > margin || (opensWithParagraph && index === filled[0]));
  const goingOn = openers.filter((index) => lines[index + 1] && indents[index + 1] === margin);
  // Lines broken at a fixed width, not a paragraph a line (where one set-in line would join them all).
  const fixedWidth = filled.filter((index) => lines[index].length > 100).length <= filled.length / 10;
  return fixedWidth && openers.length >= 2 && goingOn.length >= openers.length / 2 ? new Set(openers) : null;
}

/** A line ending in a word no sentence ends with (a preposition, an article, "and"): the sentence goes on in the next line. */
const ENDS_IN_A_FUNCTION_WORD = /\s(?:on|of|in|at|to|for|from|with|by|into|the|a|an|and)\s*$/;

/** A line that stands alone whatever comes before or after it: a heading or sign-off in capitals ("ARMS SALES NOTIFICATION", "REUTER"). */
const STANDS_ALONE = /^(?=[^\p{Ll}]*\p{Lu})[\p{Lu}\d ,.()&'-]+$/u;

/**
 * Plain text wrapped at a fixed width (the Congressional Record, Federal Register, e-mail copies, wire
 * copy) breaks sentences and names over lines. A line continues on the next one when:
 * - most long lines have the same width and end inside a sentence, and this one is near that width and
 *   ends inside a sentence too;
 * - the text indents its paragraphs' first lines (`openers`, from `indentedParagraphOpeners`) and the next
 *   line is no opener, once the first paragraph has opened;
 * - it ends in a word or a comma and the next line goes on in lower case, or in a preposition, article or "and": a sentence in progress.
 * Blank lines end paragraphs; headings and sign-offs in capitals, and short lines, stay lines.
 */
export function unwrapLines(lines: string[], openers: Set<number> | null = null): string[] {
  const long = lines.filter((line) => line.length >= 50);
  const openEnded = long.filter((line) => !/[.!?:;"”)\]]$/.test(line) && line.length <= 90);
  const widths = openEnded.map((line) => line.length).sort((a, b) => a - b);
  const width = long.length >= 4 && openEnded.length >= long.length * 0.5 ? widths[Math.floor(widths.length / 2)] : null;
  const firstOpener = openers ? [...openers].reduce((first, index) => Math.min(first, index), Infinity) : Infinity;
  const goesOn = (line: string, index: number): boolean => {
    const next = lines[index + 1];
    if (!line || !next || STANDS_ALONE.test(line) || STANDS_ALONE.test(next)) return false;
    if (width != null && line.length >= width - 20 && line.length <= width + 12 && !/[.!?:;"”]$/.test(line)) return true;
    if (openers && index >= firstOpener && !openers.has(index + 1)) return true;
    // "… in Fordow, Natanz and Esfahan on" / "June 21.": no sentence or heading ends in a preposition, article or "and".
    if (ENDS_IN_A_FUNCTION_WORD.test(line) && /^[\p{L}\d]/u.test(next.trimStart())) return true;
    return /[\p{L}\d,]$/u.test(line) && /^\p{Ll}/u.test(next);
  };
  const joined: string[] = [];
  let carry: string | null = null;
  lines.forEach((line, index) => {
    const current: string = carry ? `${carry} ${line}` : line;
    if (goesOn(line, index)) carry = current;
    else {
      if (current) joined.push(current);
      carry = null;
    }
  });
  if (carry) joined.push(carry);
  return joined;
}

/** Lower case, letters and digits only: how two renderings of the same sentence are compared. */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ENDS_LIKE_A_SENTENCE = /[.!?]["”’')]?$/;

/**
 * Publishers' fixed blocks, recognized by what they say. Each pattern is a general phrasing of
 * its kind of boilerplate, not a copy of one publisher's text.
 */
const BOILERPLATE: { reason: string; pattern: RegExp }[] = [
  { reason: 'related link', pattern: /^(read more|related( stories| articles| coverage)?|see also|more on this( story)?|recommended|watch|listen)\s*[:|–—-]/i },
  { reason: 'related link', pattern: /^(related|read more|more stories|most read|recommended)$/i },
  { reason: 'share prompt', pattern: /^share (this|the) (article|story|page)|\bcopy (the )?link\b|^(share|follow us)( on)?\s*[:|]/i },
  { reason: 'newsletter prompt', pattern: /\b(subscribe|sign up)\b.{0,40}\b(newsletter|briefing|alerts)\b|^click here\b/i },
  { reason: 'newsletter prompt', pattern: /\bsign up\b.*\b(newsletter|briefing|inbox|email)|\bnewsletter\b.*\bsign up\b|\b(delivered|straight) to your inbox\b|\bin your inbox\b/i },
  { reason: 'donation appeal', pattern: /\b(your (support|donation|contribution|gift)|please (consider )?(a )?(donat|contribut|support)|make a (donation|contribution)|support (us|our journalism|independent journalism))\b/i },
  { reason: 'donation appeal', pattern: /\b(paywalls?|journalism needs you|independent journalism|quality journalism)\b/i },
  { reason: 'donation appeal', pattern: /\b(donate (now|today)|please (consider )?(making )?(a )?(donation|contribution|donating|contributing)|readers like you|support (the |our )?reporting)\b/i },
  { reason: 'sign-off', pattern: /^thank you for (reading|your support)\b/i },
  { reason: 'copyright notice', pattern: /^(©|\(c\)|copyright)\s|all rights reserved/i },
  { reason: 'byline', pattern: /^by [\p{Lu}][\p{L}.'’ -]+(\s*[·|,]\s*.*)?$/u },
];

/** First person plural outside quotes: the publisher speaking for itself, which wire copy never does. */
function publisherVoice(text: string, source: string | null): boolean {
  const unquoted = text.replace(/["“][^"”]*["”]/g, '');
  return /\b(we|our|us)\b/i.test(unquoted) || (source != null && unquoted.includes(source) && /\b(we|our|us|you|your)\b/i.test(unquoted));
}

interface Block {
  text: string;
  removed?: string;
}

function splitGluedParagraphs(blocks: string[]): string[] {
  // "…all the difference.Secretary of State…": a page's appeal box glued to the first paragraph.
  return blocks.flatMap((block) => block.split(/(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/u).map((part) => part.trim()));
}

function classify(blocks: Block[], source: string | null): void {
  for (const block of blocks) {
    const rule = BOILERPLATE.find(({ pattern }) => pattern.test(block.text));
    if (rule) block.removed = rule.reason;
  }
  // An appeal runs over several paragraphs; the ones around a recognized one that also speak in
  // the publisher's voice (or are its short heading) belong to it.
  for (let pass = 0; pass < 2; pass++) {
    blocks.forEach((block, index) => {
      if (block.removed) return;
      const neighbours = [blocks[index - 1], blocks[index + 1]].filter((neighbour) => neighbour?.removed);
      const appeal = neighbours.find((neighbour) => neighbour.removed === 'donation appeal' || neighbour.removed === 'newsletter prompt');
      if (appeal && publisherVoice(block.text, source)) block.removed = appeal.removed;
      else if (neighbours.length && !ENDS_LIKE_A_SENTENCE.test(block.text) && block.text.split(' ').length <= 8) {
        block.removed = blocks[index + 1]?.removed ?? neighbours[0].removed;
      }
    });
  }
}

function firstSentence(text: string): string {
  const match = /^.+?[.!?]["”’]?(?=\s+\p{Lu}|$)/u.exec(text);
  return match ? match[0] : text;
}

const TITLE_MAX_LENGTH = 300;

/**
 * UTF-8 read as Latin-1, as texts harvested from old pages carry it ("PiquÃ©" for "Piqué", "Â " for a no-break
 * space): each pair of characters that are the two bytes of one UTF-8 letter is put back as that letter. A
 * text without such a pair is returned as it is. A no-break space whose second byte a copy has already made a
 * plain space leaves its "Â" alone after a word ("NarendraÂ Modi", "Inamine.Â"): that "Â" goes too.
 */
export function repairedMojibake(text: string): string {
  return text
    .replace(/[\u00C2-\u00DF][\u0080-\u00BF]/g, (pair) => {
      const decoded = Buffer.from(pair, 'latin1').toString('utf8');
      return decoded.length === 1 && decoded !== '\uFFFD' ? decoded : pair;
    })
    .replace(/(?<=[\p{Ll}\p{N}.,;:!?"”’)])\u00C2(?=[ \t\n]|$)/gu, '');
}

/** Headline, standfirst and body without boilerplate; `removed` lists every dropped block with its reason. */
export function cleanArticle(source: ArticleSource): CleanArticle {
  const format: ArticleFormat = source.format ?? (looksLikeHtml(source.text) ? 'html' : 'text');
  // One parse of a page: its metadata is read before Readability rearranges the document.
  const page = format === 'html' ? parseHTML(source.text).document : null;
  const metadata = page ? htmlMetadata(page) : {};
  const removed: CleanArticle['removed'] = [];
  let blocks = splitGluedParagraphs(blocksOf(format === 'html' ? source.text : repairedMojibake(source.text), format, page, source.title != null)).map((text): Block => ({ text }));

  let title = source.title ?? metadata.title ?? null;
  let subtitle = source.subtitle !== undefined ? source.subtitle : (metadata.subtitle ?? null);
  const sourceName = source.source ?? metadata.source ?? null;
  let author = source.author ?? metadata.author ?? null;

  // Plain text without metadata starts with its headline and, when it is a line that is no
  // sentence or comes back as the lead, its standfirst.
  if (!title && blocks.length) {
    title = blocks.shift()!.text;
    const next = blocks[0]?.text;
    if (subtitle == null && next && next.length <= TITLE_MAX_LENGTH && blocks.length > 1) {
      const start = comparable(next);
      const repeated = blocks.slice(1).some((block) => comparable(block.text.slice(0, next.length + 20)).startsWith(start));
      if (!ENDS_LIKE_A_SENTENCE.test(next) || repeated) subtitle = blocks.shift()!.text;
    }
  }
  // The headline and standfirst printed again at the top of the text.
  for (const [reason, value] of [['repeated title', title], ['repeated lead', subtitle]] as const) {
    if (!value) continue;
    const wanted = comparable(value);
    // Only the first blocks, where a page prints its headline and standfirst again.
    const index = blocks.slice(0, 4).findIndex((block) => block.text.length <= value.length + 5 && comparable(block.text) === wanted);
    if (index >= 0 && index <= 3) removed.push({ reason, text: blocks.splice(index, 1)[0].text });
  }

  classify(blocks, sourceName);
  for (const block of blocks) {
    if (!block.removed) continue;
    removed.push({ reason: block.removed, text: block.text });
    if (block.removed === 'byline' && !author) author = block.text.replace(/^by\s+/i, '').split(/\s*[·|,]\s*/)[0];
  }
  blocks = blocks.filter((block) => !block.removed);

  // The standfirst repeated as the first sentence of the story.
  if (subtitle && blocks.length) {
    const lead = firstSentence(blocks[0].text);
    if (comparable(lead) === comparable(subtitle)) {
      removed.push({ reason: 'repeated lead', text: lead });
      blocks[0].text = blocks[0].text.slice(lead.length).trim();
      if (!blocks[0].text) blocks.shift();
    }
  }

  return {
    title: title ?? '',
    subtitle: subtitle ?? null,
    body: blocks.map((block) => block.text).join('\n\n'),
    url: source.url ?? metadata.url ?? null,
    source: sourceName,
    author,
    publishedAt: source.publishedAt ?? metadata.publishedAt ?? null,
    removed,
  };
}

/** The text every offset refers to: title, subtitle and body, one per line. */
export function articleText(article: { title: string; subtitle?: string | null; body?: string | null }): string {
  return [article.title, article.subtitle, article.body].filter(Boolean).join('\n');
}
