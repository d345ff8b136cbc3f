import { z } from 'zod';
import { ERROR_CODES } from './errors.ts';
import {
  backupInfo, documentId, entity, entityTypeCode, exportFile, importFile, importReport, normalisedValue,
} from './schemas.ts';
import { teamJobs } from './team.ts';

const count = z.number().int().nonnegative();
/** How far a job has got: `done` of `total` steps (articles, pages of the library file, rows…). */
const steps = z.object({ done: count, total: count });

export const suggestionGroup = z.object({
  type: entityTypeCode,
  /** The words as most often written. */
  text: z.string(),
  count: z.number().int(),
  documents: z.number().int(),
  entityId: z.string().optional(),
  value: normalisedValue.optional(),
});
export type SuggestionGroup = z.infer<typeof suggestionGroup>;

const archiveCounts = z.object({ documents: count, annotations: count, entities: count, bytes: count });

/** An export's files, given back (`files`) or written on this machine (`paths`, when the job was given `out`). */
const exportResult = z.object({ files: z.array(exportFile), paths: z.array(z.string()) });

/** A path on this machine: accepted from the desktop app and the CLI, never from a page of the browser host. */
const localPath = z.string().min(1).max(4096);

/**
 * Long work, declared like the methods: what starts it, what its progress events carry, and its result. A job is
 * started with `jobs.start`, reports progress as `job` events (see events.ts), can be cancelled with `jobs.cancel`,
 * and ends done, failed or cancelled; a cancelled job's result says what was done and kept before it stopped.
 */
export const jobs = {
  /**
   * Files (their bytes, or paths on this machine) and web pages (their addresses) into the library; a changed copy
   * becomes a new version.
   */
  'documents.import': {
    input: z.object({
      files: z.array(importFile).max(5000).optional(),
      paths: z.array(localPath).max(100_000).optional(),
      /** Web pages to save, fetched a few at a time (http and https only). */
      addresses: z.array(z.string().min(1).max(4096)).max(10_000).optional(),
      /** Addresses on this computer or a local network are fetched too (the reader's setting; refused otherwise). */
      allowLocalAddresses: z.boolean().optional(),
      /**
       * Another tool's export (Pocket, Instapaper…) whose entries have an address but no text: their pages are fetched
       * now. Otherwise such an entry comes in as its highlights alone, or is skipped when it has none.
       */
      fetchPages: z.boolean().optional(),
      /** The article the one file given is a new version of. */
      replaces: documentId.optional(),
    }).strict().refine((i) => (i.files?.length ?? 0) + (i.paths?.length ?? 0) + (i.addresses?.length ?? 0) > 0, 'give files, paths or addresses'),
    /** `page`: the pages read of the PDF being read, when it is one. */
    progress: steps.extend({ file: z.string(), page: steps.optional() }),
    result: importReport,
  },
  /** The suggestions of many articles (all, by default), gathered by type and words, to accept everywhere at once. */
  'entities.scan': {
    input: z.object({ documentIds: z.array(documentId).max(100_000).optional() }).strict(),
    progress: steps.extend({ groups: z.array(suggestionGroup) }),
    result: z.object({ groups: z.array(suggestionGroup) }),
  },
  /** Every mention identical to `text` across the library, tagged as one entity. */
  'entities.acceptAll': {
    input: z.object({ type: entityTypeCode, text: z.string().trim().min(1).max(300), entityId: z.uuid().optional(), value: normalisedValue.nullable().optional() }).strict(),
    progress: steps,
    result: z.object({ entity, tagged: z.number().int(), documents: z.number().int() }),
  },
  /**
   * Highlights and notes as Markdown, CSV, W3C JSON-LD or an HTML report, of some articles or of the library: given
   * back as a file, or written to `out` (Markdown of several articles: one note per article in that folder).
   */
  'annotations.export': {
    input: z.object({
      format: z.enum(['md', 'csv', 'w3c', 'html']),
      documentIds: z.array(documentId).min(1).max(100_000).optional(),
      /** The language of the export's own words (colour names, headings); English by default. */
      language: z.enum(['en', 'fr']).optional(),
      out: localPath.optional(),
      /** Markdown given back as one note per article in a .zip (instead of one stream), for a page to download. */
      bundle: z.literal('zip').optional(),
    }).strict(),
    progress: steps,
    result: exportResult.extend({ documents: count, annotations: count }),
  },
  /**
   * Citations of some articles, of a collection, or of the library, as BibTeX, BibLaTeX, RIS or CSL-JSON (one CSL
   * item per article: what its page said, with the reader's corrections): given back as a file, or written to `out`.
   */
  'citations.export': {
    input: z.object({
      format: z.enum(['bibtex', 'biblatex', 'ris', 'csl']),
      documentIds: z.array(documentId).min(1).max(100_000).optional(),
      collectionId: z.string().min(1).max(100).optional(),
      out: localPath.optional(),
    }).strict(),
    progress: steps,
    result: exportResult.extend({ documents: count }),
  },
  /**
   * Entities and mentions for other tools: brat standoff (a .txt and .ann per article, and its .conf files, into the
   * folder `out`), CoNLL BIO, CSV; given back as files, or written to `out`.
   */
  'entities.export': {
    input: z.object({
      format: z.enum(['brat', 'conll', 'entities-csv', 'mentions-csv']),
      documentIds: z.array(documentId).min(1).max(100_000).optional(),
      out: localPath.optional(),
    }).strict(),
    progress: steps,
    result: exportResult,
  },
  /**
   * A PDF with its highlights and notes written into it as PDF annotations (/Highlight with /QuadPoints, notes as
   * pop-ups), readable in any PDF reader: given back as a file, or written to `out`.
   */
  'pdf.annotated': {
    input: z.object({ documentId, out: localPath.optional() }).strict(),
    progress: steps,
    result: exportResult.extend({ annotations: count }),
  },
  /** A consistent copy of the library in its backups folder; the oldest beyond the number kept are deleted. */
  'backups.create': {
    /** `path`: the copy is written there instead (nothing is pruned). */
    input: z.object({ reason: z.enum(['manual', 'daily']).default('manual'), path: localPath.optional() }).strict(),
    progress: steps,
    result: backupInfo,
  },
  /**
   * The library replaced by a backup (one of its folder's, by name, or any file), after the library as it was is kept
   * as a backup of its own. The backup is checked first; an older schema is brought up to date.
   */
  'backups.restore': {
    input: z.union([z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/) }).strict(), z.object({ path: localPath }).strict()]),
    progress: steps,
    result: z.object({ restored: z.string(), previous: backupInfo }),
  },
  /**
   * The library into one file: `archive`, everything in it, original files included (gzipped JSON lines, which
   * library.importArchive brings back exactly); or `json`, the articles' metadata and texts for other programs (not a
   * backup: no annotations, entities or original files).
   */
  'library.export': {
    input: z.object({ format: z.enum(['archive', 'json']), path: localPath }).strict(),
    progress: steps,
    result: archiveCounts.extend({ path: z.string() }),
  },
  /**
   * SQLite's check of the library file: `quick` (run at each start of the app) or full. A damaged library is reported
   * with the way back (its newest backup).
   */
  'library.check': {
    input: z.object({ quick: z.boolean().default(false) }).strict(),
    progress: steps,
    result: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
  },
  /** Articles of the Trash (those named, or all) deleted for good, with their annotations. */
  'library.emptyTrash': {
    input: z.object({ ids: z.array(documentId).min(1).max(100_000).optional() }).strict(),
    progress: steps,
    result: z.object({ removed: count }),
  },
  /** An archive brought into an empty library, exactly as it was. */
  'library.importArchive': {
    input: z.object({ path: localPath }).strict(),
    progress: steps,
    result: archiveCounts,
  },
  ...teamJobs,
} as const;

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobInput<J extends JobName> = z.input<Jobs[J]['input']>;
/** A job's input once checked against its schema (defaults filled in): what its code receives. */
export type JobParams<J extends JobName> = z.output<Jobs[J]['input']>;
export type JobProgress<J extends JobName> = z.output<Jobs[J]['progress']>;
export type JobResult<J extends JobName> = z.output<Jobs[J]['result']>;

export const JOB_NAMES = Object.keys(jobs) as [JobName, ...JobName[]];

export function isJobName(name: unknown): name is JobName {
  return typeof name === 'string' && Object.hasOwn(jobs, name);
}

export const jobState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof jobState>;

const jobError = z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** What a job event carries: its progress while it runs, its result when done or cancelled, its error when failed. */
export const jobEvent = z.object({
  type: z.literal('job'),
  id: z.string(),
  job: z.enum(JOB_NAMES),
  state: jobState,
  progress: z.unknown().optional(),
  result: z.unknown().optional(),
  error: jobError.optional(),
});
export type JobEvent = z.infer<typeof jobEvent>;

/** A running job, as `jobs.list` gives it (so that a page opened late shows what is under way). */
export const jobSummary = z.object({ id: z.string(), job: z.enum(JOB_NAMES), started: z.string(), progress: z.unknown().optional() });
export type JobSummary = z.infer<typeof jobSummary>;
