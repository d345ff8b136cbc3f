// Asking a pane something about its article — find words in it (a search result opened at its matches), show one of
// its annotations (an apostille:// link) — before or after its pane exists: a request waits for the article's pane.

/** Requests of one kind, one waiting per article (a newer replaces an older), each answered once. */
function requests<T>() {
  const waiting = new Map<string, T>();
  const target = new EventTarget();
  const take = (documentId: string): T | undefined => {
    const value = waiting.get(documentId);
    waiting.delete(documentId);
    return value;
  };
  return {
    ask(documentId: string, value: T): void {
      waiting.set(documentId, value);
      target.dispatchEvent(new CustomEvent('request', { detail: documentId }));
    },
    take,
    /** Follows requests for this article (take first any made before). */
    on(documentId: string, listener: (value: T) => void): () => void {
      const handler = (event: Event) => {
        if ((event as CustomEvent<string>).detail !== documentId) return;
        const value = take(documentId);
        if (value !== undefined) listener(value);
      };
      target.addEventListener('request', handler);
      return () => target.removeEventListener('request', handler);
    },
  };
}

const finds = requests<string>();
const passages = requests<string>();

/** Find `query` in the article `documentId` once its pane shows it (now, if it already does). */
export const requestFind = finds.ask;
export const takeFindRequest = finds.take;
export const onFindRequest = finds.on;

/** Show annotation `annotationId` of article `documentId` once its pane shows it. */
export const requestPassage = passages.ask;
export const takePassageRequest = passages.take;
export const onPassageRequest = passages.on;
