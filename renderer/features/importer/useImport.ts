import { useCallback, useState } from 'react';
import type { ImportReport } from '../../../app/contract/index.ts';
import { client, ApiError } from '../../api/client.ts';

export interface ImportState {
  progress: { done: number; total: number } | null;
  report: ImportReport | null;
}

const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 50;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Sends dropped or picked files to the core in batches and gathers one report. Files over the size limit are refused
 * here without being read, with the same error the core gives.
 */
export function useImport(maxBytes: number, onImported: () => void) {
  const [state, setState] = useState<ImportState>({ progress: null, report: null });

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
      let done = 0;
      setState({ progress: { done, total: files.length }, report: null });
      let batch: { name: string; base64: string }[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        try {
          const result = await client.call('documents.import', { files: batch });
          report.imported.push(...result.imported);
          report.updated.push(...result.updated);
          report.duplicates.push(...result.duplicates);
          report.failed.push(...result.failed);
        } catch (error) {
          const shape = error instanceof ApiError ? error.shape : { code: 'internal' as const, message: String(error) };
          report.failed.push(...batch.map((f) => ({ file: f.name, error: shape })));
        }
        done += batch.length;
        batch = [];
        batchBytes = 0;
        setState({ progress: { done, total: files.length }, report: null });
      };
      for (const file of files) {
        const name = file.webkitRelativePath || file.name;
        if (file.size > maxBytes) {
          report.failed.push({ file: name, error: { code: 'too_large', message: `${file.size} bytes`, details: { size: megabytes(file.size), limit: megabytes(maxBytes) } } });
          done++;
          continue;
        }
        try {
          batch.push({ name, base64: await readBase64(file) });
          batchBytes += file.size;
        } catch (error) {
          report.failed.push({ file: name, error: { code: 'unreadable_file', message: String(error), details: { reason: 'EIO' } } });
          done++;
        }
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await flush();
      }
      await flush();
      setState({ progress: null, report });
      if (report.imported.length + report.updated.length > 0) onImported();
    },
    [maxBytes, onImported],
  );

  const showReport = useCallback((report: ImportReport) => setState({ progress: null, report }), []);
  const setProgress = useCallback((progress: ImportState['progress']) => setState((s) => ({ ...s, progress })), []);
  const dismiss = useCallback(() => setState({ progress: null, report: null }), []);
  return { state, importFiles, showReport, setProgress, dismiss };
}
