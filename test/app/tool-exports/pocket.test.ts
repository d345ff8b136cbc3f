import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture, refusal } from './helpers.ts';
import { looksLikeInstapaper } from '../../../app/tool-exports/instapaper.ts';
import { looksLikePocket, parsePocket } from '../../../app/tool-exports/pocket.ts';
import { looksLikeReadwise } from '../../../app/tool-exports/readwise.ts';



describe('Pocket CSV export', () => {
  const result = parsePocket(fixture('pocket.csv'), 'pocket.csv');

  it('reads each article with its address, title, date added, tags and status', () => {
    expect(result.tool).toBe('pocket');
    expect(result.entries).toEqual([
      {
        at: 'line 2', title: '« Le retour des trains de nuit » : enquête sur un pari ferroviaire',
        url: 'https://www.lemonde.fr/economie/article/2023/11/14/trains-de-nuit_6200123_3234.html',
        savedAt: '2023-11-14T08:20:00.000Z', archived: false, tags: ['rail', 'europe'], highlights: [],
      },
      {
        at: 'line 3', title: 'Why “slow reading” matters, and how to do it', url: 'https://example.com/essays/slow-reading?utm_source=pocket',
        savedAt: '2023-11-14T22:13:20.000Z', archived: true, tags: ['reading', 'lecture'], highlights: [],
      },
      {
        at: 'line 4', title: 'L’été où tout a changé', url: 'https://www.liberation.fr/culture/ete-2023/',
        savedAt: '2023-09-01T00:00:00.000Z', archived: true, highlights: [],
      },
      {
        at: 'line 6', title: 'A title spanning two lines', url: 'https://blog.example.org/2024/01/multi-line',
        savedAt: '2024-01-01T00:00:00.000Z', archived: false, tags: ['longread'], highlights: [],
      },
    ]);
  });

  it('sets aside rows whose address is not a web page’s, naming their line', () => {
    expect(result.skipped).toEqual([
      { at: 'line 5', reason: 'not_web_address' },
      { at: 'line 8', reason: 'nothing_to_import' },
    ]);
  });

  it('counts lines the same with Windows line ends and a line break inside a quoted title', () => {
    const text = fixture('pocket.csv').replace(/\n/g, '\r\n');
    expect(parsePocket(text, 'pocket.csv').entries.map((e) => e.at)).toEqual(['line 2', 'line 3', 'line 4', 'line 6']);
    const bad = fixture('pocket-bad.csv').replace('Premier article', '"Premier\narticle"').replace(/\n/g, '\r\n');
    expect(refusal(() => parsePocket(bad, 'pocket.csv')).details?.at).toBe('line 5');
  });

  it('reads a file with only its header as an empty export', () => {
    expect(parsePocket('title,url,time_added,tags,status\n', 'pocket.csv')).toEqual({ tool: 'pocket', entries: [], skipped: [] });
  });
});

describe('Pocket HTML export', () => {
  const result = parsePocket(fixture('pocket.html'), 'ril_export.html');

  it('reads the links, decoding escaped addresses and titles; those under Read Archive are archived', () => {
    expect(result.entries).toEqual([
      {
        at: 'line 11', title: 'L’IA et nous : « une affaire de confiance »',
        url: 'https://www.lemonde.fr/idees/article/2023/11/20/l-ia-et-nous_6201234_3232.html?xtor=RSS&utm_medium=pocket',
        savedAt: '2023-11-20T08:46:40.000Z', archived: false, tags: ['ia', 'société'], highlights: [],
      },
      {
        at: 'line 12', title: 'What “We” Read & Why', url: 'https://example.com/posts/what-we-read',
        savedAt: '2023-11-14T22:13:20.000Z', archived: false, highlights: [],
      },
      {
        at: 'line 18', title: 'A Review of “The Covenant of Water”', url: 'https://www.nytimes.com/2023/06/01/books/review/covenant-of-water.html',
        savedAt: '2023-06-01T06:13:20.000Z', archived: true, tags: ['books', 'review'], highlights: [],
      },
      {
        at: 'line 19', title: 'École de Francfort', url: 'https://fr.wikipedia.org/wiki/%C3%89cole_de_Francfort',
        savedAt: '2023-03-28T10:40:00.000Z', archived: true, tags: ['philosophie'], highlights: [],
      },
    ]);
    expect(result.skipped).toEqual([{ at: 'line 13', reason: 'not_web_address' }]);
  });
});

describe('recognising a Pocket export', () => {
  it('recognises the CSV and the HTML export by their content, whatever the file’s name', () => {
    expect(looksLikePocket('pocket.csv', fixture('pocket.csv'))).toBe(true);
    expect(looksLikePocket('notes.txt', fixture('pocket.csv'))).toBe(true);
    expect(looksLikePocket('ril_export.html', fixture('pocket.html'))).toBe(true);
    expect(looksLikePocket('export.txt', fixture('pocket.html'))).toBe(true);
    expect(looksLikePocket('pocket.csv', fixture('pocket-bad.csv'))).toBe(true);
  });

  it('is not taken in by the other tools’ exports or by an article', () => {
    const others = readdirSync(FIXTURES).filter((f) => !f.startsWith('pocket'));
    expect(others.length).toBeGreaterThan(5);
    for (const name of others) expect(looksLikePocket(name, fixture(name)), name).toBe(false);
    expect(looksLikePocket('pocket.csv', 'Pocket ferme ses portes\n\nLe service de lecture différée de Mozilla, title, url, time_added…\n')).toBe(false);
    expect(looksLikePocket('bookmarks.html', '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p><DT><A HREF="https://example.org" ADD_DATE="1700000000">Example</A>\n</DL>')).toBe(false);
  });

  it('is the only one of the three readers to claim Pocket files', () => {
    for (const name of ['pocket.csv', 'pocket.html']) {
      expect(looksLikeInstapaper(name, fixture(name))).toBe(false);
      expect(looksLikeReadwise(name, fixture(name))).toBe(false);
    }
  });
});

describe('a malformed Pocket export', () => {
  it('refuses a row with more fields than the header, naming its line', () => {
    const error = refusal(() => parsePocket(fixture('pocket-bad.csv'), 'pocket-bad.csv'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Pocket', at: 'line 4', issue: 'the row has 6 fields where the header has 5' });
  });

  it('refuses a date added that is not a Unix time', () => {
    const error = refusal(() => parsePocket(fixture('pocket-bad-time.csv'), 'pocket-bad-time.csv'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toMatchObject({ tool: 'Pocket', at: 'line 3' });
    expect(error.details?.issue).toContain('14/11/2023');
  });

  it('refuses an HTML link whose time_added is not a time, naming its line', () => {
    const error = refusal(() => parsePocket(fixture('pocket-bad.html'), 'pocket-bad.html'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toMatchObject({ tool: 'Pocket', at: 'line 10' });
  });

  it('refuses a header without its columns, an unknown status and a row with neither title nor address', () => {
    expect(refusal(() => parsePocket('title,address,time_added\nUn titre,https://example.fr,1700000000\n', 'p.csv')).details)
      .toMatchObject({ tool: 'Pocket', at: 'line 1' });
    expect(refusal(() => parsePocket('title,url,time_added,tags,status\nUn titre,https://example.fr,1700000000,,favori\n', 'p.csv')).details)
      .toMatchObject({ tool: 'Pocket', at: 'line 2' });
    expect(refusal(() => parsePocket('title,url,time_added,tags,status\nA,https://example.fr/a,1700000000,,unread\n,,1700000000,,unread\n', 'p.csv')).details)
      .toMatchObject({ tool: 'Pocket', at: 'line 3', issue: 'the article has neither a title nor an address' });
  });
});
