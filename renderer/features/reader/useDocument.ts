import { useEffect, useState } from 'react';
import type { DocumentFull } from '../../../app/contract/index.ts';
import { client, ApiError } from '../../api/client.ts';

export type DocumentState = { status: 'loading' } | { status: 'ready'; doc: DocumentFull } | { status: 'error'; error: ApiError };

export function useDocument(id: string): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    client.call('documents.get', { id }).then(
      (doc) => live && setState({ status: 'ready', doc }),
      (error: unknown) => live && setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
