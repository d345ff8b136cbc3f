import type { ImportReport } from '../schemas.ts';

/** Adds what one import did to what another did (several jobs for one drop, files and pages in one job). */
export function mergeImportReports(into: ImportReport, from: ImportReport): ImportReport {
  into.imported.push(...from.imported);
  into.updated.push(...from.updated);
  into.duplicates.push(...from.duplicates);
  into.failed.push(...from.failed);
  if (from.skipped) (into.skipped ??= []).push(...from.skipped);
  if (from.highlights) {
    const sum = (into.highlights ??= { placed: 0, notFound: 0, duplicates: 0 });
    sum.placed += from.highlights.placed;
    sum.notFound += from.highlights.notFound;
    sum.duplicates += from.highlights.duplicates;
  }
  return into;
}
