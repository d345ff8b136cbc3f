import { toAppError } from '../contract/errors.ts';
import type { ImportReport } from '../contract/schemas.ts';
import { eachAtOnce } from '../core/at-once.ts';
import type { StepControl } from '../core/steps.ts';
import { storeParsed, type ImportProgress } from '../import/import-batch.ts';
import { transaction, type Database } from '../store/database.ts';
import { documentFromAddress, type SaveOptions } from './page-document.ts';

/** Pages fetched at once: enough to hide each server's latency, few enough not to hammer one site. */
export const ADDRESSES_AT_ONCE = 4;

/**
 * Saves web pages by address, a few at a time. Each page is fetched and parsed outside any transaction, then stored
 * in a short one of its own (a new version when the library has an earlier copy of the address). An address that
 * fails is reported with its reason and the others go on; a cancel stops fetching and keeps what was stored.
 */
export async function importAddresses(
  db: Database, addresses: readonly string[], options: Omit<SaveOptions, 'signal'> & { concurrency?: number }, control: StepControl<ImportProgress> = {},
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  const importedAt = new Date().toISOString();
  let done = 0;
  await eachAtOnce(addresses, options.concurrency ?? ADDRESSES_AT_ONCE, control.signal, async (address) => {
    try {
      const saved = await documentFromAddress(address, { ...options, signal: control.signal }, importedAt);
      if (control.signal?.aborted) return;
      transaction(db, () => storeParsed(db, { name: address }, saved.doc, importedAt, report));
      const entry = [report.imported.at(-1), report.updated.at(-1)].find((e) => e?.file === address);
      if (entry && saved.imagesFailed > 0) entry.imagesMissing = saved.imagesFailed;
    } catch (error) {
      if (control.signal?.aborted) return;
      report.failed.push({ file: address, error: toAppError(error).toJSON() });
    }
    control.progress?.({ done: ++done, total: addresses.length, file: address });
    await control.pause?.();
  });
  return report;
}
