import type { HighlightColor } from '../contract/shared/colors.ts';
import type { SkipReason } from '../contract/shared/skip-reasons.ts';

/** The tools whose exports Apostille reads, each recognised by its content. */
export const TOOLS = ['pocket', 'instapaper', 'omnivore', 'readwise', 'hypothesis', 'kindle'] as const;
export type Tool = (typeof TOOLS)[number];

/** A highlight (or a note on a passage) as another tool exported it. */
export interface ToolHighlight {
  /** The highlighted words, as the tool gives them. */
  quote: string;
  /** The reader's note on it (Markdown or plain text). */
  note?: string;
  /** Context and place, when the format has them (Hypothesis: TextQuoteSelector and TextPositionSelector). */
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  color?: HighlightColor;
  tags?: string[];
  /** When it was made, ISO 8601. */
  created?: string;
  /** Where in a book it is, as the tool says it (`Location 123-125`, `page 12`): kept with the note. */
  location?: string;
}

/** One article (or book) of an export, with its highlights. */
export interface ToolEntry {
  /** Where in the file it is, for errors and the report: `line 12`, `entry 3`, `content/slug.html`. */
  at: string;
  title: string | null;
  url: string | null;
  author?: string | null;
  /** The tool's tags or labels for the article. */
  tags?: string[];
  savedAt?: string | null;
  published?: string | null;
  archived?: boolean;
  /** The article's text when the export carries it (Omnivore). */
  content?: { format: 'html' | 'markdown' | 'text'; text: string };
  highlights: ToolHighlight[];
}

export interface ToolExport {
  tool: Tool;
  entries: ToolEntry[];
  /** Entries left out, with why: a code of SKIP_REASONS (a bookmark in Kindle clippings, a row with no address…). */
  skipped: { at: string; reason: SkipReason }[];
}
