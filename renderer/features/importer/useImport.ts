import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../app/contract/index.ts';
import { mergeImportReports } from '../../../app/contract/shared/import-reports.ts';
import { formatSize } from '../../../app/contract/shared/sizes.ts';
import { client, onHostEvent, toErrorShape } from '../../api/client.ts';
import { useJobs } from '../jobs/jobs.tsx';

// One import job takes at most this many files and bytes (their base64 stays under the host's body limit).
const JOB_BYTES = 64 * 1024 * 1024;
const JOB_FILES = 5000;
const READ_TOGETHER = 16;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

const emptyReport = (): ImportReport => ({ imported: [], updated: [], duplicates: [], failed: [] });

/**
 * Sends dropped or picked files to the core's import job (several jobs for a very large drop) and gathers one report;
 * the jobs tray shows their progress and can cancel them, after which no more are started. Files over the size limit
 * are refused here without being read, with the same error the core gives. An import started elsewhere (the desktop
 * app's File menu) shows its report here too.
 */
export function useImport(maxBytes: number, onImported: () => void) {
  const [report, setReport] = useState<ImportReport | null>(null);
  /** The last import was stopped (Cancel) before its end: the report says what it had done. */
  const [stopped, setStopped] = useState(false);
  const own = useRef(new Set<string>());
  const { startLocal } = useJobs();

  useEffect(() => onHostEvent((event) => {
    if (event.type !== 'job' || event.job !== 'documents.import' || event.state === 'running' || own.current.has(event.id)) return;
    if (event.result) setReport(event.result as ImportReport);
    setStopped(event.state === 'cancelled');
    onImported();
  }), [onImported]);

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const total = emptyReport();
      let batch: { name: string; base64: string }[] = [];
      let batchBytes = 0;
      let stopped = false;
      const flush = async () => {
        if (batch.length === 0 || stopped) return;
        const files = batch;
        batch = [];
        batchBytes = 0;
        const running = await client.runJob('documents.import', { files });
        own.current.add(running.id);
        const outcome = await running.outcome;
        if (outcome.result) mergeImportReports(total, outcome.result);
        if (outcome.state === 'failed') total.failed.push(...files.map((f) => ({ file: f.name, error: outcome.error ?? toErrorShape(null) })));
        if (outcome.state === 'cancelled') stopped = true;
      };
      // Reading the files is shown (and can be cancelled) like the import that follows.
      const reading = startLocal('reading');
      // Files are read a few at a time (each read waits on the disk and the browser, not on the page), in order.
      for (let first = 0; first < files.length; first += READ_TOGETHER) {
        reading.progress(first, files.length);
        if (reading.cancelled) stopped = true;
        if (stopped) break;
        const group = files.slice(first, first + READ_TOGETHER);
        const contents = await Promise.all(group.map((file) => (file.size > maxBytes ? null : readBase64(file).catch((error: unknown) => error as Error))));
        group.forEach((file, i) => {
          const name = file.webkitRelativePath || file.name;
          const content = contents[i];
          if (content === null) {
            total.failed.push({ file: name, error: { code: 'too_large', message: `${file.size} bytes`, details: { size: formatSize(file.size), limit: formatSize(maxBytes) } } });
          } else if (typeof content !== 'string') {
            total.failed.push({ file: name, error: { code: 'unreadable_file', message: String(content), details: { reason: 'EIO' } } });
          } else {
            batch.push({ name, base64: content });
            batchBytes += file.size;
          }
        });
        if (batchBytes >= JOB_BYTES || batch.length >= JOB_FILES) {
          reading.end();
          await flush();
        }
      }
      reading.end();
      await flush();
      setReport(total);
      setStopped(stopped);
      if (total.imported.length + total.updated.length > 0) onImported();
    },
    [maxBytes, onImported, startLocal],
  );

  /** Web pages saved by address: one job (its progress in the tray, Cancel keeps what was saved), then its report. */
  const importAddresses = useCallback(async (addresses: string[], allowLocalAddresses: boolean) => {
    if (addresses.length === 0) return;
    const running = await client.runJob('documents.import', { addresses, allowLocalAddresses });
    own.current.add(running.id);
    const outcome = await running.outcome;
    const total = outcome.result ?? emptyReport();
    if (outcome.state === 'failed') total.failed.push(...addresses.map((file) => ({ file, error: outcome.error ?? toErrorShape(null) })));
    setReport(total);
    setStopped(outcome.state === 'cancelled');
    if (total.imported.length + total.updated.length > 0) onImported();
  }, [onImported]);

  const showReport = useCallback((shown: ImportReport) => (setReport(shown), setStopped(false)), []);
  const dismiss = useCallback(() => setReport(null), []);
  return { report, stopped, importFiles, importAddresses, showReport, dismiss };
}
