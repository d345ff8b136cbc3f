import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation, Entity, NormalisedValueShape, SuggestionShape } from '../../../app/contract/index.ts';
import { ApiError, client } from '../../api/client.ts';
import { useEntityFocus } from './entity-focus.tsx';

export interface TagRequest {
  start: number;
  end: number;
  type: string;
  /** Link to this entity; else one of `type` named `name` (made if there is none). */
  entityId?: string;
  name?: string;
  value?: NormalisedValueShape | null;
}

/**
 * An article's entities (with their mentions counted in it) and its suggestions, and the actions on them. Every change
 * is announced (entity focus revision) so that other panes, the shared list and the library refresh.
 */
export function useArticleEntities(documentId: string, mentions: Annotation[], onMention: (mention: Annotation) => void, ready: boolean) {
  const focus = useEntityFocus();
  const { revision, changed } = focus;
  const [entities, setEntities] = useState<Entity[]>([]);
  const [suggestions, setSuggestions] = useState<SuggestionShape[] | null>(null);
  const mentionCount = mentions.length;

  useEffect(() => {
    let live = true;
    void client.call('entities.list', { documentIds: [documentId] }).then((list) => live && setEntities(list));
    return () => {
      live = false;
    };
  }, [documentId, revision, mentionCount]);
  const loadSuggestions = useCallback(() => client.call('entities.suggest', { documentId }).then(setSuggestions), [documentId]);
  // Asked for once the article is on the page: on a long article the core needs a moment for them, and the article and
  // its annotations (asked for first) should not wait behind that.
  useEffect(() => {
    if (ready) void loadSuggestions();
  }, [loadSuggestions, revision, ready]);

  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);

  const tag = useCallback(async (request: TagRequest) => {
    const { mention } = await client.call('entities.tag', { documentId, ...request });
    onMention(mention);
    setSuggestions((list) => list?.filter((s) => !(s.start < request.end && request.start < s.end)) ?? null);
    changed();
    return mention;
  }, [documentId, onMention, changed]);

  const accept = useCallback((s: SuggestionShape) => tag({ start: s.start, end: s.end, type: s.type, ...(s.entityId ? { entityId: s.entityId } : { name: s.text }), value: s.value ?? null }), [tag]);

  const reject = useCallback(async (s: SuggestionShape) => {
    setSuggestions((list) => list?.filter((x) => x !== s) ?? null);
    await client.call('entities.reject', { documentId, start: s.start, end: s.end, type: s.type, text: s.text });
  }, [documentId]);

  /** Accepts this suggestion's text as the same entity everywhere in the library (a job: the tray shows its progress). */
  const acceptAll = useCallback(async (s: SuggestionShape) => {
    const running = await client.runJob('entities.acceptAll', { type: s.type, text: s.text, ...(s.entityId ? { entityId: s.entityId } : {}), value: s.value ?? null });
    const outcome = await running.outcome;
    changed();
    if (outcome.state === 'failed') throw new ApiError(outcome.error!);
    return outcome.result;
  }, [changed]);

  return { entities, byId, suggestions, tag, accept, reject, acceptAll, reloadSuggestions: loadSuggestions };
}
