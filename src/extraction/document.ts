// The article text split into paragraphs and sentences (compromise's sentence splitter), with the UTF-16
// offsets every later step reports its evidence in.
import nlp from 'compromise/two';

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ArticleDocument {
  text: string;
  sentences: Sentence[];
  /** Offset of the first body character (after title and subtitle). */
  bodyStart: number;
}

interface SentenceSplitter {
  methods: { one: { tokenize: { splitSentences: (text: string, world: unknown) => string[] } } };
}

/** A full stop, question or exclamation mark inside a closing quotation mark, then the capital of the next sentence. */
const QUOTE_CLOSES_SENTENCE = /(?<=[.!?][”"])\s+(?=[\p{Lu}“"])/gu;

/** A span ending in a two-letter initial after a capital or a space ("S. Sh.", "President Sh."): Sh, Ch, Zh, Kh, Ts, Yu, Ya, Ye, Yo, and the
 * Icelandic patronymic's Th. ("Guðrún Th. Einarsdóttir"). */
const TWO_LETTER_INITIAL_ENDS = /(?:^|\s)(?:Sh|Ch|Zh|Kh|Ts|Th|Yu|Ya|Ye|Yo)\.\s*$/u;
/** "Smt. Leela …": the Indian style's abbreviation, which the splitter does not know, ends no sentence before a capital either. */
const STYLE_ABBREVIATION_ENDS = /(?:^|\s)Smt\.\s*$/u;
/** "Statement No. 1", "Proclamation No. 1081", "No. 40 Squadron", "Rs. 64 crores": the number's or the rupee's abbreviation before its figure ends no sentence. */
const NUMBER_ABBREVIATION_ENDS = /(?:^|[\s"“(])(?:No|Nos|no|Rs)\.\s*$/u;

/**
 * An abbreviation that can close a phrase, so a sentence too ("flew to the U.S.", "at 6 a.m.", "Force Protection Inc.",
 * "radar, sensors, etc.", "a post on X.", a one-word answer "No."), then the capital word that opens the next sentence.
 * The splitter never ends a sentence at an abbreviation; English typography writes one full stop for both, so the next
 * word tells them apart: a noun or a name goes on the abbreviation's phrase ("U.S. Navy", "U.S. President", "Donald J.
 * Trump"), an article, a demonstrative, a subject pronoun, a possessive or "There" opens a sentence. The openers are
 * the closed word classes of English (not read off documents); a title ("Mr.", "Gen.", "Dr.") is no such abbreviation,
 * for it always stands before its name.
 */
const PHRASE_ABBREVIATION_BEFORE_OPENER =
  /(?<=(?:^|[\s(])(?:(?:\p{L}\.){2,}|\p{Lu}\.|(?:etc|Inc|Co|Corp|Ltd|Jr|Sr|Bros|No)\.))\s+(?=["“]?(?:The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|I|You|Your|There|However|Meanwhile)\s)/u;
/**
 * "… a range of 40 km. The production …": a unit of measure after its figure takes no full stop of its own (the splitter
 * counts "km", "kg", "mph" among its abbreviations), so the stop ends the sentence before any capital.
 */
const UNIT_AFTER_FIGURE_BEFORE_CAPITAL = /(?<=\d\s?(?:km|cm|mm|kg|mg|ml|mi|mph|lb|lbs|oz|ft|hr|hrs|min)\.)\s+(?=["“]?\p{Lu})/u;
/** Where a span is cut after an abbreviation whose full stop ends its sentence too. */
const ABBREVIATION_CLOSES_SENTENCE = new RegExp(`${PHRASE_ABBREVIATION_BEFORE_OPENER.source}|${UNIT_AFTER_FIGURE_BEFORE_CAPITAL.source}`, 'gu');

/**
 * compromise's own sentence splitter (the first step of nlp(text)), called without the term
 * tokenizing and tagging that follow it: the sentences it returns join back into the input, so
 * their offsets add up.
 */
function sentenceSpans(paragraph: string): { start: number; length: number }[] {
  const world = nlp.world() as unknown as SentenceSplitter;
  const spans: { start: number; length: number }[] = [];
  let start = 0;
  for (const sentence of world.methods.one.tokenize.splitSentences(paragraph, world)) {
    const at = paragraph.indexOf(sentence, start);
    const from = at >= 0 ? at : start;
    // A quotation that ends a sentence ends it ("… condemns the mutiny.” Special Envoy X tweeted …"): the splitter keeps them together.
    let piece = 0;
    for (const close of sentence.matchAll(QUOTE_CLOSES_SENTENCE)) {
      const end = close.index! + close[0].length;
      spans.push({ start: from + piece, length: end - piece });
      piece = end;
    }
    spans.push({ start: from + piece, length: sentence.length - piece });
    start = from + sentence.length;
  }
  // "President S. Sh. Jeenbekov", "Sh. M. Mirziyoyev": a two-letter initial (a Russian letter written as two Latin ones)
  // before a capital ends no sentence; the splitter knows only one-letter initials.
  for (let at = spans.length - 2; at >= 0; at--) {
    const [span, next] = [spans[at], spans[at + 1]];
    const text = paragraph.slice(span.start, next.start);
    const joined =
      ((TWO_LETTER_INITIAL_ENDS.test(text) || STYLE_ABBREVIATION_ENDS.test(text)) && /^\p{Lu}/u.test(paragraph.slice(next.start, next.start + 1))) ||
      (NUMBER_ABBREVIATION_ENDS.test(text) && /^\d/.test(paragraph.slice(next.start, next.start + 1)));
    if (joined) {
      spans.splice(at, 2, { start: span.start, length: next.start + next.length - span.start });
    }
  }
  return spans.flatMap((span) => splitAtClosingAbbreviations(paragraph, span));
}

/** A span cut after each abbreviation that ends its sentence (ABBREVIATION_CLOSES_SENTENCE); the pieces join back into it. */
function splitAtClosingAbbreviations(paragraph: string, span: { start: number; length: number }): { start: number; length: number }[] {
  const text = paragraph.slice(span.start, span.start + span.length);
  const pieces: { start: number; length: number }[] = [];
  let piece = 0;
  for (const close of text.matchAll(ABBREVIATION_CLOSES_SENTENCE)) {
    const end = close.index! + close[0].length;
    pieces.push({ start: span.start + piece, length: end - piece });
    piece = end;
  }
  pieces.push({ start: span.start + piece, length: text.length - piece });
  return pieces;
}

/**
 * The matches of a global pattern in a document's own sentences: a part of a long text shares the whole text, so a rule
 * that read all of it would read it once per part (the square of its length).
 */
export function* matchesInDocument(document: ArticleDocument, pattern: RegExp): Generator<RegExpMatchArray & { index: number }> {
  const { sentences, text } = document;
  if (!sentences.length) return;
  const start = sentences[0].start;
  const end = sentences[sentences.length - 1].end;
  const span = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const match of span.matchAll(pattern)) {
    match.index = match.index! + start;
    yield match as RegExpMatchArray & { index: number };
  }
}

/** Paragraphs are lines; compromise splits each into sentences (it knows "U.S.", "a.m.", "Jr.", "St."). */
export function documentOf(text: string, bodyStart: number): ArticleDocument {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const lineText = line[0];
    if (!lineText.trim()) continue;
    // The headline and standfirst are one sentence each, however they are punctuated.
    const parts = line.index < bodyStart ? [{ start: 0, length: lineText.length }] : sentenceSpans(lineText);
    for (const part of parts) {
      const start = line.index + part.start;
      const sentenceText = text.slice(start, start + part.length);
      const trimmed = sentenceText.trimEnd();
      if (trimmed) sentences.push({ index: sentences.length, paragraph, start, end: start + trimmed.length, text: trimmed });
    }
    paragraph++;
  }
  return { text, sentences, bodyStart };
}

/** How many sentences of the body open its news: the lead, and the one after a dateline or a date line standing alone. */
const LEAD_SENTENCES = 2;

/** The body's first sentences, which tell the news its headline tells in few words and give its day. */
export function leadSentences(document: ArticleDocument): Sentence[] {
  return document.sentences.filter((sentence) => sentence.start >= document.bodyStart).slice(0, LEAD_SENTENCES);
}

export function sentenceAt(document: ArticleDocument, offset: number): Sentence {
  const { sentences } = document;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentences[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return sentences[low];
}
