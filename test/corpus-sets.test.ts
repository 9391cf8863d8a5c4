// The corpus sets kept as addresses: the cleaning steps (ports of the annotators' Python) on small
// inputs written here, the manifest's checks, recovery from a git repository made here, and, when the
// origin repositories' snapshots are on this machine, every recorded sha256 reproduced (hashes only:
// no text is printed). No publisher's text is in this file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  applyCleaning, htmlUnescape, kremlinParagraphs, markdownLinksToText, pythonStrip, sliceCodePoints, whiteHouseMarkdown,
} from '../src/extraction/corpus-cleaning';
import {
  CORPUS_SETS_DIR, corpusDocument, manifestEntryProblem, MIRROR_DIR, readCorpusSet, readGoldDocument, recoverText, sha256, type ManifestEntry,
} from '../src/extraction/corpus-sets';

/** Every set kept in corpus-sets/ (a folder with a manifest). */
const KEPT_SETS = fs.readdirSync(CORPUS_SETS_DIR).filter((name) => fs.existsSync(path.join(CORPUS_SETS_DIR, name, 'manifest.json')));

describe('cleaning steps', () => {
  it('slices by code points as Python does, so a character outside the BMP counts once', () => {
    expect(sliceCodePoints('a😀bc', 1, 3)).toBe('😀b');
  });

  it('strips what Python calls whitespace, not what JavaScript does', () => {
    expect(pythonStrip('\u0085\u00a0 text \u001f\n')).toBe('text');
    expect(pythonStrip('\ufefftext')).toBe('\ufefftext');
  });

  it('decodes references as html.unescape, with or without the semicolon', () => {
    expect(htmlUnescape('Tom &amp; Jerry&#x27;s &quot;cart&quot; &copy 2020 &#8212; &notanentity;')).toBe('Tom & Jerry\'s "cart" © 2020 — ¬anentity;');
  });

  it('drops Markdown images and keeps a link\'s text', () => {
    expect(markdownLinksToText('See ![a chart](c.png)[the report](https://example.org/r) now.')).toBe('See the report now.');
  });

  it('reads a page\'s title and the paragraphs from its lead, leaving hidden tooltips and the bottom out', () => {
    const page = [
      '<html><h1 class="entry-title p-name">Talks with a <b>guest</b> &amp; friends</h1>',
      '<div class="read__nav"><p>Menu</p></div>',
      '<div id="read-lead" class="read__lead"><p>The host   met\n the guest.</p></div>',
      '<div class="entry-content"><p>First <a href="/p">Named Person<span class="hidden">a tooltip</span></a> spoke.</p>',
      '<p><br/></p><p>Second<div>kept inside, as a tokenizer reads it</div> line.</p>',
      '</div><div class="read__bottom"><p>Share this</p></div></html>',
    ].join('');
    expect(kremlinParagraphs(page)).toBe('Talks with a guest & friends\n\nThe host met the guest.\n\nFirst Named Person spoke.\n\nSecondkept inside, as a tokenizer reads it line.');
  });

  it('turns an archived briefing page into paragraphs and list items without front matter, escapes, tags or emphasis', () => {
    const page = [
      '---', 'title: A made-up fact sheet', 'date: 2025-01-02', '---', '',
      '**Fact Sheet:** Two\u00a0countries agree', '', 'The first line', '  continues here with a \\$5 figure and <u>a tag</u>.',
      '- an *emphasised* item', '* another_item*with*stars', '', '\\###', 'left out',
    ].join('\n');
    expect(whiteHouseMarkdown(page)).toBe('Fact Sheet: Two countries agree\n\nThe first line continues here with a $5 figure and a tag.\n\n- an emphasised item\n\n- another_item*with*stars');
    expect(() => whiteHouseMarkdown('no front matter')).toThrow('front matter');
  });

  it('applies the steps in order', () => {
    expect(applyCleaning('xx  Tom &amp; [Jerry](j.html)  yy', [['slice', 2, 30], ['html_unescape'], ['md_links'], ['strip']])).toBe('Tom & Jerry');
  });
});

const githubEntry = (cleaning: ManifestEntry['cleaning'], text: string, origin: Partial<ManifestEntry['origin']> = {}): ManifestEntry => ({
  id: 'doc-1',
  origin: { kind: 'github', repo: 'someone/archive', path: 'pages/one.md', commit: 'HEAD', ...origin } as ManifestEntry['origin'],
  cleaning,
  sha256: sha256(text),
});

describe('manifest', () => {
  it('names what is wrong with an entry', () => {
    const entry = githubEntry([['strip']], 'text');
    expect(manifestEntryProblem(entry)).toBeNull();
    expect(manifestEntryProblem({ ...entry, cleaning: [['squash']] })).toMatch(/unknown cleaning step \["squash"\]/);
    expect(manifestEntryProblem({ ...entry, cleaning: [['slice', 3]] })).toMatch(/wrong arguments/);
    expect(manifestEntryProblem({ ...entry, sha256: 'abc' })).toMatch(/64 hex digits/);
    expect(manifestEntryProblem({ ...entry, origin: { kind: 'pages', url: 'https://example.org/' } })).toMatch(/url, query and rank/);
    expect(manifestEntryProblem({ ...entry, origin: { kind: 'ftp' } })).toMatch(/neither github nor pages/);
  });

  it('reads a set and says which gold file is missing', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-set-'));
    const write = (file: string, value: unknown) => {
      fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
      fs.writeFileSync(path.join(directory, file), JSON.stringify(value));
    };
    write('manifest.json', { set: 'made-up', documents: [githubEntry([], 'text')] });
    expect(() => readCorpusSet(directory)).toThrow(/doc-1: no gold file/);
    write('gold/doc-1.json', { source: 'S', url: 'https://example.org/', title: 'T', publishedAt: '2025-01-02', license: 'L', gold: { people: [] } });
    const set = readCorpusSet(directory);
    expect(set).toMatchObject({ name: 'made-up', entries: [{ id: 'doc-1' }] });
    expect(corpusDocument(readGoldDocument(set, 'doc-1'), 'text')).toEqual({ source: 'S', url: 'https://example.org/', title: 'T', publishedAt: '2025-01-02', license: 'L', text: 'text', gold: { people: [] } });
    write('manifest.json', { set: 'made-up', documents: [githubEntry([], 'text'), githubEntry([], 'text')] });
    expect(() => readCorpusSet(directory)).toThrow(/doc-1: listed twice/);
  });

  it.each(KEPT_SETS)('%s: every entry has its gold file, and no file holds a text', (name) => {
    const set = readCorpusSet(name);
    expect(set.entries.length).toBeGreaterThanOrEqual(25);
    for (const entry of set.entries) expect(Object.keys(readGoldDocument(set, entry.id))).toEqual(['source', 'url', 'title', 'publishedAt', 'license', 'gold']);
  });
});

describe('recovery', () => {
  const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-mirror-'));
  const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-pages-'));
  const repository = path.join(mirror, 'someone+archive', 'repo');
  const page = '---\ntitle: made up\n---\nA line\nof ours.\n';
  beforeAll(() => {
    fs.mkdirSync(path.join(repository, 'pages'), { recursive: true });
    fs.writeFileSync(path.join(repository, 'pages', 'one.md'), page);
    const git = (...args: string[]) => execFileSync('git', ['-C', repository, '-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'a page');
  });

  it('rebuilds a text from the snapshot and checks its sha256 and the file\'s', () => {
    expect(recoverText(githubEntry([['wh_markdown']], 'A line of ours.', { rawSha256: sha256(page) }), { mirror })).toEqual({ id: 'doc-1', status: 'recovered', text: 'A line of ours.' });
    expect(recoverText(githubEntry([['wh_markdown']], 'Another text.'), { mirror })).toMatchObject({ status: 'mismatch' });
    expect(recoverText(githubEntry([], page, { rawSha256: sha256('other bytes') }), { mirror })).toMatchObject({ status: 'mismatch' });
  });

  it('tries the other commits that have the same bytes', () => {
    const entry = githubEntry([], page, { commit: '0000000000000000000000000000000000000000', sameBytesAt: [{ commit: 'HEAD', path: 'pages/one.md' }] });
    expect(recoverText(entry, { mirror })).toMatchObject({ status: 'recovered' });
  });

  it('says how to get what is missing', () => {
    expect(recoverText(githubEntry([], page, { repo: 'someone/elsewhere' }), { mirror })).toMatchObject({ status: 'missing', how: expect.stringContaining('fetch github:someone/elsewhere') });
    const pagesEntry: ManifestEntry = { id: 'page-1', origin: { kind: 'pages', url: 'https://example.org/p', query: 'made up query', rank: 3 }, cleaning: [['strip']], sha256: sha256('Saved text.') };
    expect(recoverText(pagesEntry, { mirror, pages })).toMatchObject({ status: 'missing', how: expect.stringMatching(/"made up query".*rank 3/) });
    fs.writeFileSync(path.join(pages, 'page-1.txt'), ' Saved text.\r\n');
    expect(recoverText(pagesEntry, { mirror, pages })).toEqual({ id: 'page-1', status: 'recovered', text: 'Saved text.' });
  });
});

// The real sets against the snapshots of their origin repositories (the search tool's fetch), when present.
const haveMirror = fs.existsSync(MIRROR_DIR);
if (!haveMirror) console.warn(`${MIRROR_DIR} is missing (set NEWSGRAPH_MIRROR_DIR): the corpus sets' recovery from their origin repositories is skipped`);
(haveMirror ? describe : describe.skip)('corpus sets from their origin repositories', () => {
  it.each(KEPT_SETS)('%s: every repository document present reproduces its sha256', (name) => {
    const results = readCorpusSet(name).entries
      .filter((entry) => entry.origin.kind === 'github')
      .map((entry) => recoverText(entry, { mirror: MIRROR_DIR }))
      .filter((recovery) => recovery.status !== 'missing');
    expect(results.filter((recovery) => recovery.status !== 'recovered').map(({ id }) => id)).toEqual([]);
  });
});
