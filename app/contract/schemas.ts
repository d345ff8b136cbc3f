import { z } from 'zod';
import { ERROR_CODES } from './errors.ts';
import { HIGHLIGHT_COLORS } from './shared/colors.ts';
import { CITATION_KINDS } from './shared/citation-kinds.ts';
import { MAX_MARKED } from './shared/limits.ts';

export { MAX_MARKED };
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_PANES = 4;

export const documentFormat = z.enum(['text', 'markdown', 'html', 'pdf', 'epub']);
export type DocumentFormat = z.infer<typeof documentFormat>;

/** A piece of the canonical text with a role, so every view can draw the same structure. Offsets are UTF-16 indices. */
export const block = z.object({
  kind: z.enum(['title', 'photo', 'caption', 'byline', 'dateline', 'source', 'heading', 'paragraph', 'quote', 'item']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The dateline at the head of a paragraph (`[26/01/2012 11:18:42] PARIS (AFP)`), as an offset range. */
  dateline: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});
export type Block = z.infer<typeof block>;

export const documentSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  place: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  format: documentFormat,
  fileName: z.string().nullable(),
  importedAt: z.string(),
  wordCount: z.number().int(),
  /** Highlights and notes on the article (entity mentions are counted apart). */
  annotationCount: z.number().int(),
  /** Of those, the ones carrying a note. */
  noteCount: z.number().int(),
  /** When it was first opened (null: unread), archived, put in the Trash. */
  readAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  trashedAt: z.string().nullable(),
  url: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

/**
 * A page of a paged document (PDF): where its text starts and ends in the article's text (UTF-16 units, as blocks;
 * equal for a page with no text, a scan) and its size in PDF points, as shown (rotation applied).
 */
export const documentPage = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), width: z.number(), height: z.number() });
export type DocumentPage = z.infer<typeof documentPage>;

export const documentFull = documentSummary.extend({
  encoding: z.string().nullable(),
  text: z.string(),
  html: z.string().nullable(),
  blocks: z.array(block),
  /** The reader's note on the article as a whole (Markdown). */
  note: z.string().nullable(),
  tags: z.array(z.string()),
  collectionIds: z.array(z.string()),
  /** From its citation data: what the article is (a CSL type) and its section, when known. */
  kind: z.enum(CITATION_KINDS).nullable(),
  section: z.string().nullable(),
  /** A PDF's pages; null for an article. */
  pages: z.array(documentPage).nullable(),
});
export type DocumentFull = z.infer<typeof documentFull>;

/** A collection ("dossier") of articles, with how many articles (not in the Trash) it holds. */
export const collection = z.object({ id: z.string(), name: z.string(), created: z.string(), modified: z.string(), count: z.number().int() });
export type Collection = z.infer<typeof collection>;
export const collectionName = z.string().trim().min(1).max(200);
export const tagName = z.string().trim().min(1).max(100);

/** Marks set (true) or cleared (false) on articles; those left out stay as they are. */
export const documentMarks = z.object({ trashed: z.boolean().optional(), archived: z.boolean().optional(), read: z.boolean().optional() });
export type DocumentMarks = z.infer<typeof documentMarks>;

/** An article's details as the reader corrects them; null clears one (the title excepted). */
export const documentDetails = z.object({
  title: z.string().trim().min(1).max(1000).optional(),
  source: z.string().max(300).nullable().optional(),
  author: z.string().max(1000).nullable().optional(),
  place: z.string().max(300).nullable().optional(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD').nullable().optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language is a two- or three-letter code (fr, en)').nullable().optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional(),
  /** What the article is, for citations (CSL's types); kept in its citation data, with its section. */
  kind: z.enum(CITATION_KINDS).nullable().optional(),
  section: z.string().max(300).nullable().optional(),
});
export type DocumentDetails = z.infer<typeof documentDetails>;

export const documentId = z.string().min(4).max(64).regex(/^[0-9a-f]+$/, 'an id is hexadecimal');

export const sortKey = z.enum(['imported', 'title', 'published', 'source', 'words']);
export type SortKey = z.infer<typeof sortKey>;

/** The library's views: what is being read, the archive, the Trash, and everything but the Trash. */
export const listView = z.enum(['library', 'archive', 'trash', 'all']);
export type ListView = z.infer<typeof listView>;

export const listQuery = z.object({
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(1000).default(200),
  sort: sortKey.default('imported'),
  descending: z.boolean().default(true),
  source: z.string().nullable().default(null),
  language: z.string().nullable().default(null),
  /** Only articles mentioning all of these entities. */
  entityIds: z.array(z.string().max(64)).max(20).default([]),
  view: listView.default('library'),
  unread: z.boolean().default(false),
  collectionId: z.uuid().nullable().default(null),
  tag: z.string().max(100).nullable().default(null),
});
export type ListQuery = z.input<typeof listQuery>;

export const listPage = z.object({ total: z.number().int(), offset: z.number().int(), items: z.array(documentSummary) });
export type ListPage = z.infer<typeof listPage>;

const valueCount = z.object({ value: z.string(), count: z.number().int() });
export const facets = z.object({
  sources: z.array(valueCount),
  languages: z.array(valueCount),
  tags: z.array(valueCount),
  /** Articles per view, unread ones in the library, and samples not in the Trash. */
  counts: z.object({
    library: z.number().int(), archive: z.number().int(), trash: z.number().int(), unread: z.number().int(), samples: z.number().int(),
  }),
});
export type Facets = z.infer<typeof facets>;

export const errorShape = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const importFile = z.object({
  name: z.string().min(1).max(1024),
  /** The file's bytes, base64-encoded so the same call works over IPC and HTTP. */
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
  /** The article this file is a new version of (its annotations move onto the new text). */
  replaces: documentId.optional(),
});

/** A saved web page's images that could not be fetched (the article was saved without them). */
const imagesMissing = z.number().int().positive().optional();

export const importReport = z.object({
  /** `file`: the file's name, or the address of a saved web page. */
  imported: z.array(z.object({ file: z.string(), id: z.string(), title: z.string(), imagesMissing })),
  /** Files that were a new version of an article already in the library (same address, or same file and title). */
  updated: z.array(z.object({
    file: z.string(), id: z.string(), previousId: z.string(), title: z.string(),
    /** Annotations placed on the new text, and those that could not be (now orphans). */
    reanchored: z.number().int(), orphaned: z.number().int(), imagesMissing,
  })),
  duplicates: z.array(z.object({ file: z.string(), id: z.string(), title: z.string() })),
  failed: z.array(z.object({ file: z.string(), error: errorShape })),
  /** Exports of other tools: their highlights placed on the articles' text, those kept as passages not found, and
   *  those already in the library (the same export imported again). */
  highlights: z.object({ placed: z.number().int(), notFound: z.number().int(), duplicates: z.number().int() }).optional(),
  /** Entries of an export left out, where they are in the file, and why (a code: see SKIP_REASONS). */
  skipped: z.array(z.object({ file: z.string(), at: z.string(), reason: z.string(), url: z.string().optional() })).optional(),
});
export type ImportReport = z.infer<typeof importReport>;

export const searchQuery = z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) });

export const searchHit = documentSummary.extend({
  /** Snippet text; matched terms are wrapped in U+0002 … U+0003 so no HTML ever travels. */
  snippet: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHit>;
export const searchResult = z.object({
  /** Articles matched; when totalIsExact is false, at least this many (counting stops there). */
  total: z.number().int(),
  totalIsExact: z.boolean(),
  hits: z.array(searchHit),
});
export type SearchResult = z.infer<typeof searchResult>;

const layoutFields = {
  panes: z.array(z.string()).max(MAX_PANES),
  sizes: z.array(z.number().positive()).max(MAX_PANES),
  syncScroll: z.boolean(),
  libraryWidth: z.number().int().min(200).max(900),
  /** The library column put away, the panes taking the whole window (a small screen, several panes). */
  libraryHidden: z.boolean(),
};
const settingsFields = {
  language: z.enum(['system', 'en', 'fr']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Entity suggestions drawn over the text while reading (hidden, they are still listed in the entities tab). */
  showSuggestions: z.boolean(),
  /** Web pages on this computer or a local network may be saved (refused by default: see app/web/address-guard.ts). */
  allowLocalAddresses: z.boolean(),
};

export const DEFAULT_SETTINGS = {
  language: 'system',
  theme: 'system',
  showSuggestions: true,
  allowLocalAddresses: false,
  layout: { panes: [], sizes: [], syncScroll: false, libraryWidth: 380, libraryHidden: false },
} as const;

/**
 * This machine's preferences: every field present (a missing one takes its default, so older files stay readable;
 * fields of older versions, such as colour labels, now kept in the library, are dropped).
 */
export const settings = z.object({
  language: settingsFields.language.default(DEFAULT_SETTINGS.language),
  theme: settingsFields.theme.default(DEFAULT_SETTINGS.theme),
  showSuggestions: settingsFields.showSuggestions.default(DEFAULT_SETTINGS.showSuggestions),
  allowLocalAddresses: settingsFields.allowLocalAddresses.default(DEFAULT_SETTINGS.allowLocalAddresses),
  layout: z
    .object({
      panes: layoutFields.panes.default([]),
      sizes: layoutFields.sizes.default([]),
      syncScroll: layoutFields.syncScroll.default(false),
      libraryWidth: layoutFields.libraryWidth.default(DEFAULT_SETTINGS.layout.libraryWidth),
      libraryHidden: layoutFields.libraryHidden.default(false),
    })
    .default({ ...DEFAULT_SETTINGS.layout, panes: [], sizes: [] }),
});
export type Settings = z.infer<typeof settings>;

/** A change to settings: only the fields given (no defaults here, or a change to one field would reset the others). */
export const settingsPatch = z.object({ ...settingsFields, layout: z.object(layoutFields).partial() }).partial();
export type SettingsPatch = z.input<typeof settingsPatch>;

export const colorLabels = z.partialRecord(z.enum(HIGHLIGHT_COLORS), z.string().trim().max(40));
export type ColorLabels = z.infer<typeof colorLabels>;

/** What the library holds for every front end and machine alike (rows of its library_settings table). */
export const librarySettings = z.object({
  /** What each highlight colour means to the reader ("To check", "Key figure"…); unnamed colours show their name. */
  colorLabels: colorLabels.default({}),
  /** How many backups are kept in the library's backups folder. */
  backupsKept: z.number().int().min(1).max(100).default(7),
  /** Whether the reader's accepts, rejections and tags teach the suggester. */
  learning: z.boolean().default(true),
  /** Decisions made before this time are forgotten by the suggester (set by "forget what was learnt"). */
  learningSince: z.string().max(40).nullable().default(null),
});
export type LibrarySettings = z.infer<typeof librarySettings>;
export const librarySettingsPatch = z.object({
  colorLabels, backupsKept: z.number().int().min(1).max(100), learning: z.boolean(), learningSince: z.string().max(40).nullable(),
}).partial();
export type LibrarySettingsPatch = z.infer<typeof librarySettingsPatch>;

/** One copy of the library in its backups folder. */
export const backupInfo = z.object({
  name: z.string(),
  path: z.string(),
  created: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Why it was made: by hand, the daily one, before a schema upgrade, or the library as it was before a restore. */
  reason: z.enum(['manual', 'daily', 'migration', 'restore']),
});
export type BackupInfo = z.infer<typeof backupInfo>;

/** A file an export produced, to be saved by the front end. */
/** A file an export gives back: its text, or (`encoding: 'base64'`) its bytes, base64-encoded (a .zip of notes). */
export const exportFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), encoding: z.enum(['utf8', 'base64']).optional() });
export type ExportFile = z.infer<typeof exportFile>;

/** What an import of annotations did (see app/export/import-annotations.ts). */
export const annotationsImportReport = z.object({
  imported: z.number().int(),
  /** Of those imported, how many could not be placed in their article's text (kept as orphans). */
  orphans: z.number().int(),
  /** Of those imported, how many were found elsewhere than their recorded position (the text differs). */
  moved: z.number().int(),
  /** Already in the library (same id), left as they were. */
  duplicates: z.number().int(),
  /** Not imported because their article is not in the library (listed in missingDocuments). */
  skipped: z.number().int(),
  missingDocuments: z.array(z.string()),
  /** Notes on whole articles restored, and those kept because the article already had a different one. */
  notesRestored: z.number().int(),
  notesKept: z.number().int(),
});
export type AnnotationsImportReport = z.infer<typeof annotationsImportReport>;

export const appInfo = z.object({
  version: z.string(),
  libraryPath: z.string(),
  documentCount: z.number().int(),
  maxImportBytes: z.number().int(),
  maxPanes: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfo>;

export const highlightColor = z.enum(HIGHLIGHT_COLORS);
export const motivation = z.enum(['highlighting', 'commenting', 'tagging', 'identifying']);

const DATE_POINT = '(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?|--\\d{2}-\\d{2})';

/** A mention's value in comparable form (see app/entities/types.ts). */
export const normalisedValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), amount: z.number(), currency: z.string().regex(/^[A-Z]{3}$/) }),
  z.object({ kind: z.literal('percent'), ratio: z.number() }),
  // 2012-01-26, 2012-W04 (an ISO week), 2012-09, 2012, --07-27 (no year), or an interval of those: 2021-05-03/2021-05-05.
  z.object({ kind: z.literal('date'), date: z.string().regex(new RegExp(`^${DATE_POINT}(?:/${DATE_POINT})?$`)) }),
]);
export type NormalisedValueShape = z.infer<typeof normalisedValue>;

/** An annotation as the W3C model sees it: selectors in code points over the NFC canonical text. */
/**
 * Where a highlight made on a PDF's page is drawn: the page (from 1) and the rectangles around its text, in the page's
 * PDF coordinates [x1, y1, x2, y2] (points, origin at the bottom left), as the page laid them out.
 */
export const pdfRegion = z.object({
  page: z.number().int().min(1).max(100_000),
  rects: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])).min(1).max(1000),
});
export type PdfRegion = z.infer<typeof pdfRegion>;

/**
 * An area of a PDF's page (a figure, a table), highlighted as a rectangle: its page and the rectangle in the page's PDF
 * coordinates [x1, y1, x2, y2].
 */
export const pdfArea = z.object({
  page: z.number().int().min(1).max(100_000),
  rect: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type PdfArea = z.infer<typeof pdfArea>;

/** A picture of an area highlight as the page drew it: a PNG or JPEG as a data: address (at most 3 MB of bytes). */
export const snapshot = z.string().max(4_000_100).regex(/^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'a snapshot is a PNG or JPEG data: address');

export const annotation = z.object({
  id: z.uuid(),
  documentId: z.string(),
  motivation,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  color: highlightColor,
  note: z.string().nullable(),
  tags: z.array(z.string()),
  created: z.string(),
  modified: z.string(),
  /** The passage could not be found again after the article changed: kept with its quote until re-attached. */
  orphan: z.boolean().default(false),
  /** For a mention (motivation identifying): the entity it names, and its value for amounts, percentages, dates. */
  entityId: z.string().nullable().default(null),
  value: normalisedValue.nullable().default(null),
  /** On a PDF, where the page drew it when it was made (null when made on the text, or moved to a new version). */
  regions: z.array(pdfRegion).max(1000).nullable().default(null),
  /** An area highlight (a figure, a table on a PDF's page): where it is, and the picture of it stored when it was made. */
  area: pdfArea.nullable().default(null),
  snapshot: snapshot.nullable().default(null),
  /** In a team library, the member who made it when it is not this reader (only its author may change it). */
  author: z.string().nullable().optional(),
  /** Earlier versions of its note, kept when two members changed it at once (notes.revisions lists them). */
  revisions: z.number().int().nonnegative().optional(),
});
export type Annotation = z.infer<typeof annotation>;

const tag = z.string().trim().min(1).max(100);
export const newAnnotation = z.object({
  /** The front end may name the annotation itself (to draw it before the core answers); else the core does. */
  id: z.uuid().optional(),
  documentId: documentId,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  color: highlightColor.default('yellow'),
  note: z.string().max(100_000).nullable().default(null),
  tags: z.array(tag).max(50).default([]),
  motivation: motivation.optional(),
  /** Made on a PDF's page: where the page drew it. */
  regions: z.array(pdfRegion).max(1000).optional(),
  /** An area highlight: the rectangle on its page, and its picture. */
  area: pdfArea.optional(),
  snapshot: snapshot.optional(),
});
export const annotationChange = z.object({
  id: z.uuid(),
  color: highlightColor.optional(),
  note: z.string().max(100_000).nullable().optional(),
  tags: z.array(tag).max(50).optional(),
});

export const entityTypeCode = z.string().regex(/^[A-Z][A-Z0-9_]{0,23}$/, 'a type code is in capitals (PRODUCT, EVENT…)');
export const color = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour is #rrggbb');

export const entityType = z.object({
  code: entityTypeCode,
  /** A user type's name; built-in types are named by the front end, in the reader's language. */
  label: z.string().nullable(),
  color,
  builtin: z.boolean(),
});
export type EntityType = z.infer<typeof entityType>;

export const entity = z.object({
  id: z.uuid(),
  type: entityTypeCode,
  name: z.string(),
  aliases: z.array(z.string()),
  note: z.string().nullable(),
  /** An identifier elsewhere, typed by the reader (a Wikidata QID…). */
  externalId: z.string().nullable(),
  created: z.string(),
  modified: z.string(),
  mentionCount: z.number().int(),
  documentCount: z.number().int(),
});
export type Entity = z.infer<typeof entity>;

const entityName = z.string().trim().min(1).max(300);
export const newEntity = z.object({
  type: entityTypeCode,
  name: entityName,
  aliases: z.array(entityName).max(100).default([]),
  note: z.string().max(100_000).nullable().default(null),
  externalId: z.string().trim().max(200).nullable().default(null),
});
export const entityChange = z.object({
  id: z.uuid(),
  type: entityTypeCode.optional(),
  name: entityName.optional(),
  aliases: z.array(entityName).max(100).optional(),
  note: z.string().max(100_000).nullable().optional(),
  externalId: z.string().trim().max(200).nullable().optional(),
});

/** A suggested mention, in code points over the canonical text like annotations. */
export const suggestion = z.object({
  type: entityTypeCode,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  value: normalisedValue.optional(),
  source: z.enum(['recogniser', 'known', 'gazetteer', 'pattern']),
  entityId: z.string().optional(),
  /** The linked entity's name, when the words name it in part (`M. Badrinath` → `Vivek Badrinath`). */
  entityName: z.string().optional(),
  score: z.number(),
  /** Why it is suggested (see app/entities/types.ts). */
  reason: z.enum(['known', 'value', 'place', 'pattern']).optional(),
});
export type SuggestionShape = z.infer<typeof suggestion>;

/** One mention with its keyword-in-context, for the entity page. */
/** Where a mention is: its annotation, its article (title, date) and its code points there. */
const mentionPlace = z.object({
  annotationId: z.string(),
  documentId: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

/** Whose timeline: an article's, a collection's, or the sentences where an entity is mentioned. */
export const timelineScope = z.union([
  z.object({ documentId: z.string().min(1).max(200) }).strict(),
  z.object({ collectionId: z.uuid() }).strict(),
  z.object({ entityId: z.uuid() }).strict(),
]);

/** A dated mention in a timeline: its value and its sentence (`at`, `length`: the mention in `sentence`, UTF-16). */
export const timelineItem = mentionPlace.extend({
  date: z.string(),
  /** The year it is placed in (a week in its Monday's). */
  year: z.string(),
  sentence: z.string(),
  at: z.number().int(),
  length: z.number().int(),
});

export const mentionInContext = mentionPlace.extend({
  before: z.string(),
  text: z.string(),
  after: z.string(),
  value: normalisedValue.nullable(),
});
