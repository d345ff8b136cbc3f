// The reader model of a library: trained on the decisions kept in it (mentions tagged or accepted, suggestions
// rejected), at most the 5,000 latest since the last "forget what was learnt", and trained again when they change.
import { getLibrarySettings } from '../../library/library-settings.ts';
import { cached, type Database } from '../../store/database.ts';
import { NONE, trainReaderModel, type Decision, type ReaderModel } from './reader-model.ts';

const LATEST = 5000;
/** Characters of context read on each side of a decision (the features look at a few words). */
const CONTEXT = 80;

const models = new WeakMap<Database, { signature: string; model: ReaderModel }>();

interface Row { before: string; span: string; after: string; type: string }

const toDecision = (r: Row, label: (r: Row) => string, suggested: (r: Row) => string | null): Decision => ({
  text: r.before + r.span + r.after, start: r.before.length, end: r.before.length + r.span.length, suggested: suggested(r), label: label(r),
});

const WINDOW = (table: string) => `substr(d.text, max(1, ${table}.start - ${CONTEXT} + 1), min(${table}.start, ${CONTEXT})) AS before,
  substr(d.text, ${table}.start + 1, ${table}.end - ${table}.start) AS span, substr(d.text, ${table}.end + 1, ${CONTEXT}) AS after`;

/** The library's reader model, or null when learning is off. */
export function libraryReaderModel(db: Database): ReaderModel | null {
  const { learning, learningSince } = getLibrarySettings(db);
  if (!learning) return null;
  const since = learningSince ?? '';
  // What the examples depend on: the mentions, the rejections, the entities' types (a retype or a merge changes no
  // mention) and which articles are in the Trash.
  const { signature } = cached(db, `SELECT
      (SELECT count(*) || ':' || coalesce(max(modified), '') FROM annotations WHERE entity_id IS NOT NULL AND created >= ?1) || '|' ||
      (SELECT count(*) || ':' || coalesce(max(created), '') FROM rejected_suggestions WHERE created >= ?1) || '|' ||
      (SELECT count(*) || ':' || coalesce(max(modified), '') FROM entities) || '|' ||
      (SELECT count(*) FROM documents WHERE trashed_at IS NULL) || '|' || ?1 AS signature`).get(since) as { signature: string };
  const known = models.get(db);
  if (known?.signature === signature) return known.model;
  // A mention accepted or tagged is an example of its entity's type (whether the rules suggested it is not kept).
  const tagged = (cached(db, `SELECT ${WINDOW('a')}, e.type FROM annotations a JOIN entities e ON e.id = a.entity_id JOIN documents d ON d.id = a.document_id
      WHERE a.orphan = 0 AND d.trashed_at IS NULL AND a.created >= ? ORDER BY a.created DESC LIMIT ${LATEST}`).all(since) as unknown as Row[])
    .map((r) => toDecision(r, (x) => x.type, () => null));
  const rejected = (cached(db, `SELECT ${WINDOW('r')}, r.type FROM rejected_suggestions r JOIN documents d ON d.id = r.document_id
      WHERE d.trashed_at IS NULL AND r.created >= ? ORDER BY r.created DESC LIMIT ${LATEST}`).all(since) as unknown as Row[])
    .map((r) => toDecision(r, () => NONE, (x) => x.type));
  const model = trainReaderModel([...tagged, ...rejected]);
  models.set(db, { signature, model });
  return model;
}
