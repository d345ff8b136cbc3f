import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture, refusal } from './helpers.ts';
import { looksLikeInstapaper } from '../../../app/tool-exports/instapaper.ts';
import { looksLikePocket } from '../../../app/tool-exports/pocket.ts';
import { looksLikeReadwise, parseReadwise } from '../../../app/tool-exports/readwise.ts';



describe('Readwise CSV export', () => {
  const result = parseReadwise(fixture('readwise.csv'), 'readwise-data.csv');

  it('groups the highlights by book (same title and author), in the order first seen', () => {
    expect(result.tool).toBe('readwise');
    expect(result.entries.map((e) => [e.at, e.title, e.author, e.url, e.highlights.length])).toEqual([
      ['line 2', 'Sur la lecture', 'Marcel Proust', null, 3],
      ['line 4', 'The Reading Life', 'C. S. Lewis', null, 2],
      ['line 6', 'Attention and Its Discontents', 'Jane Doe', null, 1],
      ['line 9', 'Sur la lecture', 'John Ruskin', null, 1],
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads each highlight’s note, colour, tags, date and location', () => {
    const [proust, lewis, doe, ruskin] = result.entries;
    expect(proust!.highlights).toEqual([
      {
        quote: 'La lecture est une amitié.', note: 'Belle formule.', color: 'yellow', tags: ['citation', 'amitié'],
        created: '2024-03-05T10:12:00.000Z', location: 'location 123',
      },
      {
        quote: 'Il n’y a peut-être pas de jours de notre enfance que nous ayons si pleinement vécus que ceux que nous avons cru laisser sans les vivre…',
        color: 'yellow', created: '2024-03-05T10:05:30.000Z', location: 'location 87',
      },
      { quote: 'Chaque lecteur est, quand il lit, le propre lecteur de soi-même.', color: 'pink', created: '2024-03-06T09:00:00.000Z' },
    ]);
    expect(proust!.tags).toEqual(['classiques', 'proust']);
    expect(lewis!.highlights).toEqual([
      {
        quote: '“We read to know we are not alone.”', note: 'Often misattributed;\ncheck the source.', color: 'blue', tags: ['quotes'],
        created: '2024-04-01T08:00:00.000Z', location: 'page 12',
      },
      { quote: 'A passage in a grey highlight.', created: '2024-04-01T08:05:00.000Z' },
    ]);
    expect(lewis!.tags).toBeUndefined();
    expect(doe!.highlights).toEqual([
      { quote: 'Attention is the rarest and purest form of generosity.', color: 'purple', created: '2024-04-02T19:45:10.000Z', location: 'offset 4512' },
    ]);
    expect(doe!.tags).toEqual(['essays', 'attention']);
    expect(ruskin!.highlights[0]).toMatchObject({ color: 'green', location: 'page 7' });
  });

  it('sets aside a row with no highlighted text', () => {
    const text = 'Highlight,Book Title,Book Author\n"Un passage.",Un livre,Une autrice\n,Un livre,Une autrice\n';
    const { entries, skipped } = parseReadwise(text, 'readwise-data.csv');
    expect(entries).toHaveLength(1);
    expect(skipped).toEqual([{ at: 'line 3', reason: 'empty_highlight' }]);
  });
});

describe('Readwise Markdown export', () => {
  it('reads the title, author, address and tags, and each highlight with its note, tags and location', () => {
    expect(parseReadwise(fixture('readwise-article.md'), 'Pourquoi nous lisons encore.md')).toEqual({
      tool: 'readwise',
      entries: [{
        at: 'line 1',
        title: 'Pourquoi nous lisons encore des journaux papier',
        url: 'https://www.example.fr/idees/2024/03/pourquoi-nous-lisons-encore',
        author: 'Claire Dubois',
        tags: ['presse', 'lecture lente'],
        highlights: [
          { quote: '« Le papier impose un rythme que l’écran ignore. »', note: 'À citer dans le chapitre 2.', tags: ['rythme', 'citation'] },
          { quote: 'Les lecteurs interrogés disent retrouver une forme d’attention\nqu’ils croyaient perdue.' },
          { quote: 'Selon l’étude, 62 % des abonnés lisent l’édition du week-end en entier.', location: 'location 1234' },
          { quote: 'Une phrase sans lien.', note: 'Première ligne de la note\net sa suite.' },
          { quote: '“The slow press is not nostalgia,” writes the author.', tags: ['press', 'slow'] },
        ],
      }],
      skipped: [],
    });
  });

  it('reads a book with no address, its Location and Page links as locations', () => {
    const [book] = parseReadwise(fixture('readwise-book.md'), 'The Reading Life.md').entries;
    expect(book).toMatchObject({ title: 'The Reading Life', url: null, author: 'C. S. Lewis' });
    expect(book!.highlights).toEqual([
      { quote: '“We read to know we are not alone.”', location: 'location 123' },
      {
        quote: 'Those of us who have been true readers all our life seldom fully realise the enormous extension of our being.',
        note: 'The “enlargement of being” passage.', location: 'page 12',
      },
    ]);
  });

  it('reads Windows line ends the same', () => {
    const text = fixture('readwise-article.md').replace(/\n/g, '\r\n');
    expect(parseReadwise(text, 'a.md')).toEqual(parseReadwise(fixture('readwise-article.md'), 'a.md'));
  });
});

describe('recognising a Readwise export', () => {
  it('recognises the CSV and the Markdown export by their content, whatever the file’s name', () => {
    expect(looksLikeReadwise('readwise-data.csv', fixture('readwise.csv'))).toBe(true);
    expect(looksLikeReadwise('export.txt', fixture('readwise.csv'))).toBe(true);
    expect(looksLikeReadwise('Pourquoi nous lisons encore.md', fixture('readwise-article.md'))).toBe(true);
    expect(looksLikeReadwise('notes.txt', fixture('readwise-book.md'))).toBe(true);
    expect(looksLikeReadwise('readwise-bad.csv', fixture('readwise-bad.csv'))).toBe(true);
  });

  it('is not taken in by the other tools’ exports or by an article', () => {
    const others = readdirSync(FIXTURES).filter((f) => !f.startsWith('readwise'));
    expect(others.length).toBeGreaterThan(5);
    for (const name of others) expect(looksLikeReadwise(name, fixture(name)), name).toBe(false);
    const article = '# Lire à l’ère des écrans\n\nUn essai sur nos habitudes.\n\n## Highlights of the year\n\nLes temps forts de 2024.\n';
    expect(looksLikeReadwise('article.md', article)).toBe(false);
  });

  it('is the only one of the three readers to claim Readwise files', () => {
    for (const name of ['readwise.csv', 'readwise-article.md', 'readwise-book.md']) {
      expect(looksLikePocket(name, fixture(name))).toBe(false);
      expect(looksLikeInstapaper(name, fixture(name))).toBe(false);
    }
  });
});

describe('a malformed Readwise export', () => {
  it('refuses a CSV whose quote never closes, naming the line where it opens', () => {
    const error = refusal(() => parseReadwise(fixture('readwise-bad.csv'), 'readwise-bad.csv'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Readwise', at: 'line 3', issue: 'a quoted field opens here and is never closed' });
  });

  it('refuses a date that is not one, naming its line after a row on two lines', () => {
    const error = refusal(() => parseReadwise(fixture('readwise-bad-date.csv'), 'readwise-bad-date.csv'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Readwise', at: 'line 5', issue: 'the date “5 mars 2024” is not a date and time' });
  });

  it('refuses a Markdown file with no Highlights section', () => {
    const error = refusal(() => parseReadwise(fixture('readwise-bad.md'), 'readwise-bad.md'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Readwise', at: 'line 9', issue: 'the file ends without a “## Highlights” section' });
  });

  it('refuses a note that comes before any highlight, naming its line', () => {
    const error = refusal(() => parseReadwise(fixture('readwise-bad-note.md'), 'readwise-bad-note.md'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Readwise', at: 'line 8', issue: 'a note comes before any highlight' });
  });

  it('refuses a highlight with no text and a row with no title', () => {
    const empty = '# Titre\n\n## Metadata\n- URL: https://example.fr/a\n\n## Highlights\n- Un passage.\n- ([View Highlight](https://read.readwise.io/read/x))\n';
    expect(refusal(() => parseReadwise(empty, 'a.md')).details).toMatchObject({ tool: 'Readwise', at: 'line 8', issue: 'the highlight has no text' });
    const untitled = 'Highlight,Book Title,Book Author\n"Un passage.",Un livre,Une autrice\n"Un autre.",,Une autrice\n';
    expect(refusal(() => parseReadwise(untitled, 'readwise-data.csv')).details).toMatchObject({ tool: 'Readwise', at: 'line 3' });
  });
});
