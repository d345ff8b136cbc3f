import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { AppError, toAppError } from '../app/contract/errors.ts';
import { runJob } from '../app/contract/shared/run-job.ts';
import type { Core } from '../app/core/core.ts';
import { sendEvent } from './ipc.ts';

/** Which article the reader is looking at: the active pane's (the page marks it), else the first one open. */
const ACTIVE_DOCUMENT = `(document.querySelector('.reader-pane.active') ?? document.querySelector('.reader-pane'))?.dataset.documentId ?? null`;
const LANGUAGE = `document.documentElement.lang`;

/**
 * File › Export article as PDF…: the core's printable HTML report of the active article, printed by Chromium in a
 * hidden window that runs no script, to a file the reader picks. Errors reach the page, in the reader's language.
 */
export async function exportActiveArticleAsPdf(window: BrowserWindow, core: Core): Promise<void> {
  const id: unknown = await window.webContents.executeJavaScript(ACTIVE_DOCUMENT);
  if (typeof id !== 'string') {
    await dialog.showMessageBox(window, { message: 'Open an article first: the PDF is made of the article in the active pane.' });
    return;
  }
  let printer: BrowserWindow | undefined;
  try {
    const language: unknown = await window.webContents.executeJavaScript(LANGUAGE);
    const outcome = await runJob(core, 'annotations.export', { format: 'html', documentIds: [id], language: language === 'fr' ? 'fr' : 'en' }).outcome;
    if (outcome.state === 'failed') throw new AppError(outcome.error!.code, outcome.error!.message, outcome.error!.details);
    const report = outcome.result!.files[0]!;
    const target = await dialog.showSaveDialog(window, {
      title: 'Export article as PDF',
      defaultPath: report.fileName.replace(/\.html?$/i, '.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (target.canceled || !target.filePath) return;
    printer = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(report.content)}`);
    const pdf = await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    try {
      await writeFile(target.filePath, pdf);
    } catch (error) {
      throw new AppError('unwritable_file', (error as Error).message, { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  } catch (error) {
    sendEvent(window, { type: 'error', error: toAppError(error).toJSON() });
  } finally {
    printer?.destroy();
  }
}
