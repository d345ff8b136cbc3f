import type { DocumentSummary } from '../../contract/schemas.ts';

/** One article on one line: short id, date, language, source, title. */
export function formatRow(doc: DocumentSummary): string {
  const date = (doc.published ?? '').slice(0, 10).padEnd(10);
  return `${doc.id.slice(0, 12)}  ${date}  ${(doc.language ?? '--').padEnd(2)}  ${(doc.source ?? '').slice(0, 16).padEnd(16)}  ${doc.title}`;
}
