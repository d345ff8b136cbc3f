import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture, refusal } from './helpers.ts';
import { looksLikeInstapaper, parseInstapaper } from '../../../app/tool-exports/instapaper.ts';
import { looksLikePocket } from '../../../app/tool-exports/pocket.ts';
import { looksLikeReadwise } from '../../../app/tool-exports/readwise.ts';



describe('Instapaper CSV export', () => {
  const result = parseInstapaper(fixture('instapaper.csv'), 'instapaper-export.csv');

  it('reads each article; its selection becomes a highlight, its folder archived or a tag', () => {
    expect(result.tool).toBe('instapaper');
    expect(result.entries).toEqual([
      {
        at: 'line 2', title: 'The Case for “Deep Reading”', url: 'https://www.theatlantic.com/ideas/archive/2023/10/reading-attention/675000/',
        savedAt: '2023-10-31T15:17:12.000Z', archived: false, tags: ['reading', 'attention'],
        highlights: [{ quote: '“Reading is an act of attention,” she wrote, “and attention is a moral act.”' }],
      },
      {
        at: 'line 3', title: 'Climat : les villes françaises face aux canicules',
        url: 'https://www.courrierinternational.com/article/climat-les-villes-francaises-face-aux-canicules',
        savedAt: '2023-06-29T00:53:20.000Z', archived: true, highlights: [],
      },
      {
        at: 'line 4', title: 'La mémoire des arbres',
        url: 'https://www.lemonde.fr/sciences/article/2023/09/02/la-memoire-des-arbres_6187654_1650684.html',
        savedAt: '2023-09-02T10:20:00.000Z', archived: false, tags: ['forêt', 'Starred'],
        highlights: [{ quote: 'Les arbres « se souviennent » des sécheresses passées.' }],
      },
      {
        at: 'line 6', title: 'Notes on Typography', url: 'https://blog.example.org/notes/typography',
        savedAt: '2023-11-26T12:00:00.000Z', archived: false, tags: ['design', 'typo'],
        highlights: [{ quote: 'Two lines\nof selected text.' }],
      },
    ]);
  });

  it('sets aside an emailed article, whose address is not a web page’s', () => {
    expect(result.skipped).toEqual([{ at: 'line 5', reason: 'not_web_address' }]);
  });

  it('sets aside a row with no address, as having nothing to import unless it has a selection', () => {
    const text = 'URL,Title,Selection,Folder,Timestamp\n,Sans adresse,,Unread,1700000000\n,Sans adresse mais cité,« Un passage. »,Unread,1700000000\n';
    expect(parseInstapaper(text, 'x.csv')).toEqual({
      tool: 'instapaper', entries: [], skipped: [{ at: 'line 2', reason: 'nothing_to_import' }, { at: 'line 3', reason: 'not_web_address' }],
    });
  });

  it('reads the older export, without a Tags column', () => {
    expect(parseInstapaper(fixture('instapaper-old.csv'), 'instapaper-export.csv')).toEqual({
      tool: 'instapaper',
      entries: [
        {
          at: 'line 2', title: 'Le roman français en 2015', url: 'https://www.lepoint.fr/culture/le-roman-francais-en-2015-01-09-2015-1234567_3.php',
          savedAt: '2015-09-09T08:00:00.000Z', archived: true, highlights: [],
        },
        {
          at: 'line 3', title: 'Why We Walk', url: 'https://example.net/why-we-walk', savedAt: '2015-12-13T09:46:40.000Z', archived: false,
          highlights: [{ quote: '“Walking is how the body measures itself against the earth.”' }],
        },
      ],
      skipped: [],
    });
  });

  it('reads tags written as a plain list too', () => {
    const text = 'URL,Title,Selection,Folder,Timestamp,Tags\nhttps://example.fr/a,Un article,,Unread,1700000000,"presse, , Presse ,climat"\n';
    expect(parseInstapaper(text, 'x.csv').entries[0]!.tags).toEqual(['presse', 'climat']);
  });
});

describe('recognising an Instapaper export', () => {
  it('recognises the newer and the older header, whatever the file’s name', () => {
    expect(looksLikeInstapaper('instapaper-export.csv', fixture('instapaper.csv'))).toBe(true);
    expect(looksLikeInstapaper('export.txt', fixture('instapaper.csv'))).toBe(true);
    expect(looksLikeInstapaper('instapaper-export.csv', fixture('instapaper-old.csv'))).toBe(true);
    expect(looksLikeInstapaper('instapaper-export.csv', `"URL","Title","Selection","Folder","Timestamp"\n`)).toBe(true);
  });

  it('is not taken in by the other tools’ exports or by an article', () => {
    const others = readdirSync(FIXTURES).filter((f) => !f.startsWith('instapaper'));
    expect(others.length).toBeGreaterThan(5);
    for (const name of others) expect(looksLikeInstapaper(name, fixture(name)), name).toBe(false);
    expect(looksLikeInstapaper('article.txt', 'Instapaper, URL, Title, Selection, Folder : le guide\n\nComment exporter ses lectures.\n')).toBe(false);
  });

  it('is the only one of the three readers to claim Instapaper files', () => {
    for (const name of ['instapaper.csv', 'instapaper-old.csv']) {
      expect(looksLikePocket(name, fixture(name))).toBe(false);
      expect(looksLikeReadwise(name, fixture(name))).toBe(false);
    }
  });
});

describe('a malformed Instapaper export', () => {
  it('refuses a header without a Timestamp column, at line 1', () => {
    const error = refusal(() => parseInstapaper(fixture('instapaper-bad.csv'), 'instapaper-bad.csv'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Instapaper', at: 'line 1', issue: 'the header has no “Timestamp” column' });
  });

  it('refuses a timestamp that is not a Unix time, naming its line', () => {
    const error = refusal(() => parseInstapaper(fixture('instapaper-bad-time.csv'), 'instapaper-bad-time.csv'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Instapaper', at: 'line 4', issue: 'the time “2023-11-14” is not a Unix time in seconds' });
  });

  it('refuses a row with too few fields or a stray quote, naming its line', () => {
    const short = 'URL,Title,Selection,Folder,Timestamp\nhttps://example.fr/a,A,,Unread,1700000000\n\nhttps://example.fr/b,B,Unread,1700000000\n';
    expect(refusal(() => parseInstapaper(short, 'x.csv')).details).toMatchObject({ at: 'line 4', issue: 'the row has 4 fields where the header has 5' });
    const quote = 'URL,Title,Selection,Folder,Timestamp\nhttps://example.fr/a,Le "vrai" titre,,Unread,1700000000\n';
    expect(refusal(() => parseInstapaper(quote, 'x.csv')).details).toMatchObject({ tool: 'Instapaper', at: 'line 2' });
  });
});
