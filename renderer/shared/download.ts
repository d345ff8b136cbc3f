/** The bytes a base64 text stands for (a PDF from the library, a file the core wrote). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves a file the page made (a download: the browser or Electron asks where). */
export function download(file: { fileName: string; mimeType: string; content: string; encoding?: 'utf8' | 'base64' }): void {
  const body = file.encoding === 'base64' ? base64Bytes(file.content) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
