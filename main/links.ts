import { dialog, shell, type BrowserWindow } from 'electron';

/**
 * A link in an article leads out of the app: the reader is shown the address and asked first; only http(s) and
 * mailto addresses are ever opened, in the system's own programs.
 */
export async function openExternalAfterAsking(window: BrowserWindow, url: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return false;
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this address outside Apostille?',
    detail: parsed.href,
  });
  if (response !== 0) return false;
  await shell.openExternal(parsed.href);
  return true;
}
