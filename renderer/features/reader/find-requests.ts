// Asking a pane to find words in its article: a search result opened at its matches, or Ctrl/Cmd+F. A request made
// before the article's pane exists waits for it.

const pending = new Map<string, string>();
const requests = new EventTarget();

/** Find `query` in the article `documentId` once its pane shows it (now, if it already does). */
export function requestFind(documentId: string, query: string): void {
  pending.set(documentId, query);
  requests.dispatchEvent(new CustomEvent('find', { detail: documentId }));
}

/** The query waiting for this article, taken (a request is answered once). */
export function takeFindRequest(documentId: string): string | undefined {
  const query = pending.get(documentId);
  pending.delete(documentId);
  return query;
}

export function onFindRequest(documentId: string, listener: (query: string) => void): () => void {
  const handler = (event: Event) => {
    if ((event as CustomEvent<string>).detail !== documentId) return;
    const query = takeFindRequest(documentId);
    if (query !== undefined) listener(query);
  };
  requests.addEventListener('find', handler);
  return () => requests.removeEventListener('find', handler);
}
