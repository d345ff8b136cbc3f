import { describe, expect, it } from 'vitest';
import { fixture, refusal } from './helpers.ts';
import { looksLikeKindle, parseKindle } from '../../../app/tool-exports/kindle.ts';

const CLIPPINGS = fixture('kindle-clippings.txt');


describe('looksLikeKindle', () => {
  it('recognises clippings by their content, whatever the file is called', () => {
    expect(looksLikeKindle('My Clippings.txt', CLIPPINGS)).toBe(true);
    expect(looksLikeKindle('notes.txt', CLIPPINGS.slice(0, 300))).toBe(true);
    expect(looksLikeKindle('notes.txt', fixture('kindle-bad.txt'))).toBe(true);
  });

  it('refuses plain text, other formats, and separators without Kindle’s lines', () => {
    expect(looksLikeKindle('My Clippings.txt', 'Le 24 février 1815, la vigie signala le Pharaon.\n\nUn article ordinaire.')).toBe(false);
    expect(looksLikeKindle('a.txt', 'Titre\n==========\n- Une liste\n- Your list item\n==========\n')).toBe(false);
    expect(looksLikeKindle('a.json', fixture('hypothesis.json'))).toBe(false);
    expect(looksLikeKindle('a.csv', 'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at\n')).toBe(false);
  });
});

describe('parseKindle', () => {
  const result = parseKindle(CLIPPINGS, 'My Clippings.txt');
  const [dumas, kahneman] = result.entries;

  it('groups highlights by book, title and author from the first line', () => {
    expect(result.tool).toBe('kindle');
    expect(result.entries).toHaveLength(2);
    expect(dumas).toMatchObject({ at: 'line 1', title: 'Le Comte de Monte-Cristo', author: 'Alexandre Dumas', url: null });
    expect(kahneman).toMatchObject({ at: 'line 11', title: 'Thinking, Fast and Slow', author: 'Kahneman, Daniel', url: null });
  });

  it('reads French clippings: place, date, multi-line text, and the note joined to its highlight', () => {
    expect(dumas!.highlights).toEqual([
      {
        quote: 'Le 24 février 1815, la vigie de Notre-Dame de la Garde signala le trois-mâts le Pharaon, venant de Smyrne, Trieste et Naples.',
        location: 'page 12, emplacement 123-125',
        created: '2024-01-01T10:00:00',
        note: 'L’ouverture : Marseille, l’attente, le navire qui rentre.',
      },
      {
        quote: '… toute la sagesse humaine sera dans ces deux mots :\n« Attendre et espérer ! »',
        location: 'page 1310, emplacement 20311-20313',
        created: '2024-01-03T23:59:59',
      },
    ]);
  });

  it('keeps the longer clipping of an extended highlight, with the note at its end, and English dates of both styles', () => {
    expect(kahneman!.highlights).toEqual([
      {
        quote: 'A reliable way to make people believe in falsehoods is frequent repetition, because familiarity is not easily distinguished from truth.',
        location: 'Location 1406-1409',
        created: '2024-03-05T21:15:40',
        note: 'Compare with the “illusory truth” studies — and Orwell’s “Ministry of Truth”.',
      },
      { quote: 'Nothing in life is as important as you think it is, while you are thinking about it.', location: 'page 88, Location 1502-1503' },
      {
        quote: 'The illusion that we understand the past fosters overconfidence in our ability to predict the future.',
        location: 'Location 2301-2302',
        created: '2024-04-01T07:45:09',
      },
    ]);
    expect(kahneman!.highlights[1]).not.toHaveProperty('created');
  });

  it('reports bookmarks, notes with no highlight and the shorter copy as skipped, by line', () => {
    expect(result.skipped).toEqual([
      { at: 'line 11', reason: 'extended_again' },
      { at: 'line 26', reason: 'bookmark' },
      { at: 'line 31', reason: 'bookmark' },
      { at: 'line 36', reason: 'note_without_highlight' },
    ]);
  });

  it('reads CRLF line ends and a note written before its highlight', () => {
    const text = [
      'Les Misérables (Victor Hugo)',
      '- Your Note on page 4 | Location 77 | Added on Friday, 9 February 2024 12:00:00 AM',
      '',
      'Le portrait de Myriel.',
      '==========',
      'Les Misérables (Victor Hugo)',
      '- Your Highlight on page 4 | Location 75-77 | Added on Friday, 9 February 2024 12:00:30 AM',
      '',
      'En 1815, M. Charles-François-Bienvenu Myriel était évêque de Digne.',
      '==========',
      '',
    ].join('\r\n');
    const [book] = parseKindle(text, 'notes.txt').entries;
    expect(book!.highlights).toEqual([
      {
        quote: 'En 1815, M. Charles-François-Bienvenu Myriel était évêque de Digne.',
        location: 'page 4, Location 75-77',
        created: '2024-02-09T00:00:30',
        note: 'Le portrait de Myriel.',
      },
    ]);
  });
});

describe('malformed clippings', () => {
  it('names the line where a clipping lacks its kind-and-place line', () => {
    const error = refusal(() => parseKindle(fixture('kindle-bad.txt'), 'My Clippings.txt'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toMatchObject({ tool: 'Kindle', at: 'line 7' });
    expect(error.message).toContain('line 7');
  });

  it('names the title line of a clipping that stops after it', () => {
    const text = `${fixture('kindle-bad.txt').split('==========')[0]}==========\nL’Étranger (Albert Camus)\n==========\n`;
    expect(refusal(() => parseKindle(text, 'x.txt')).details).toMatchObject({ tool: 'Kindle', at: 'line 6' });
  });
});
