import { useEffect, useState } from 'react';
import type { DocumentFull } from '../../../app/contract/index.ts';
import { client, ApiError } from '../../api/client.ts';

export type DocumentState = { status: 'loading' } | { status: 'ready'; doc: DocumentFull } | { status: 'error'; error: ApiError };

const changed = new EventTarget();

/** Says that an article's details changed here (edited), so that the panes showing it fetch it again. */
export function announceDocumentChange(id: string): void {
  changed.dispatchEvent(new CustomEvent('change', { detail: id }));
}

/** Follows edits of articles' details made here (the library list reloads). */
export function onDocumentChange(listener: (id: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  changed.addEventListener('change', handler);
  return () => changed.removeEventListener('change', handler);
}

export function useDocument(id: string): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const fetchDocument = () => client.call('documents.get', { id }).then(
      (doc) => live && setState({ status: 'ready', doc }),
      (error: unknown) => live && setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) }),
    );
    setState({ status: 'loading' });
    void fetchDocument();
    // Fetched again in place when edited: the article stays on screen meanwhile.
    const onChange = (event: Event) => (event as CustomEvent<string>).detail === id && void fetchDocument();
    changed.addEventListener('change', onChange);
    return () => {
      live = false;
      changed.removeEventListener('change', onChange);
    };
  }, [id]);
  return state;
}
