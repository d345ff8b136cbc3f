import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

/** An article longer than this (code points) has its suggestions found part by part, what is on screen first. */
export const LONG_ARTICLE = 100_000;
const PART = 20_000;
/** Between two parts away from the screen, room for other calls (and the other pane's work). */
const PART_GAP_MS = 40;
/** A long article's first suggestions wait for it to be drawn and read a moment: its first screen comes first. */
const LONG_FIRST_DELAY_MS = 800;

/** The parts of an article to ask for, in order: those the reader sees first, then outwards from there. */
export function partOrder(length: number, view: { start: number; end: number } | null): number[] {
  const count = Math.max(1, Math.ceil(length / PART));
  const centre = view ? (view.start + view.end) / 2 : 0;
  const visible = (i: number) => view !== null && i * PART < view.end && (i + 1) * PART > view.start;
  return Array.from({ length: count }, (_, i) => i).sort((a, b) =>
    Number(visible(b)) - Number(visible(a)) || Math.abs((a + 0.5) * PART - centre) - Math.abs((b + 0.5) * PART - centre));
}

/**
 * An article's entities (with their mentions counted in it) and its suggestions, and the actions on them. Every change
 * is announced (entity focus revision) so that other panes, the shared list and the library refresh. A long article's
 * suggestions come part by part, those on screen (`view`, code points) first, one call at a time, so that no call of
 * this pane or another waits long behind them.
 */
export function useArticleEntities(documentId: string, length: number, view: { start: number; end: number } | null, mentions: Annotation[], onMention: (mention: Annotation) => void, ready: boolean) {
  const focus = useEntityFocus();
  const { revision, changed } = focus;
  const [entities, setEntities] = useState<Entity[]>([]);
  const [parts, setParts] = useState<Map<number, SuggestionShape[]>>(new Map());
  const mentionCount = mentions.length;
  const long = length > LONG_ARTICLE;

  useEffect(() => {
    let live = true;
    void client.call('entities.list', { documentIds: [documentId] }).then((list) => live && setEntities(list));
    return () => {
      live = false;
    };
  }, [documentId, revision, mentionCount]);

  // Asked for once the article is on the page (the article and its annotations, asked for first, do not wait behind
  // them), and again from the start after any change to entities.
  const [generation, setGeneration] = useState(0);
  const reloadSuggestions = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => setParts(new Map()), [documentId, revision, generation]);
  const viewRef = useRef(view);
  viewRef.current = view;
  // One part at a time: each answer (a change of `parts`) starts the next.
  useEffect(() => {
    if (!ready) return;
    const next = long ? partOrder(length, viewRef.current).find((i) => !parts.has(i)) : parts.has(0) ? undefined : 0;
    if (next === undefined) return;
    const onScreen = long && viewRef.current !== null && next * PART < viewRef.current.end && (next + 1) * PART > viewRef.current.start;
    let live = true;
    const ask = () => client.call('entities.suggest', long ? { documentId, start: next * PART, end: Math.min(length, (next + 1) * PART) } : { documentId });
    const timer = window.setTimeout(() => void ask().then(
      (found) => live && setParts((current) => new Map(current).set(next, found)),
      (error: unknown) => {
        if (live) setParts((current) => new Map(current).set(next, []));
        throw error;
      },
    ), parts.size === 0 ? (long ? LONG_FIRST_DELAY_MS : 0) : onScreen ? 0 : PART_GAP_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // `view` is read when a part ends, not followed: a scroll does not cancel the part under way.
  }, [documentId, length, long, ready, parts]);

  const complete = long ? parts.size >= Math.ceil(length / PART) : parts.has(0);
  const suggestions = useMemo(
    () => (parts.size === 0 ? null : [...parts.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, list]) => list)),
    [parts],
  );
  /** Takes suggestions out of every part (accepted, rejected, covered by a new mention). */
  const drop = useCallback((gone: (s: SuggestionShape) => boolean) => {
    setParts((current) => new Map([...current].map(([i, list]) => [i, list.filter((s) => !gone(s))])));
  }, []);

  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);

  const tag = useCallback(async (request: TagRequest) => {
    const { mention } = await client.call('entities.tag', { documentId, ...request });
    onMention(mention);
    drop((s) => s.start < request.end && request.start < s.end);
    changed();
    return mention;
  }, [documentId, onMention, changed, drop]);

  /** Accepts a group of suggestions (one name's places in this article) as one entity: the first makes or finds it. */
  const acceptMany = useCallback(async (list: readonly SuggestionShape[]) => {
    const [head, ...rest] = list;
    if (!head) return;
    const made = await client.call('entities.tag', {
      documentId, start: head.start, end: head.end, type: head.type, ...(head.entityId ? { entityId: head.entityId } : { name: head.text }), value: head.value ?? null,
    });
    onMention(made.mention);
    for (const s of rest) {
      const { mention } = await client.call('entities.tag', { documentId, start: s.start, end: s.end, type: s.type, entityId: made.entity.id, value: s.value ?? null });
      onMention(mention);
    }
    drop((s) => list.some((x) => s.start < x.end && x.start < s.end));
    changed();
  }, [documentId, onMention, changed, drop]);

  const rejectMany = useCallback(async (list: readonly SuggestionShape[]) => {
    drop((x) => list.includes(x));
    for (const s of list) await client.call('entities.reject', { documentId, start: s.start, end: s.end, type: s.type, text: s.text });
    // What the reader rejects teaches the suggester: the other open articles ask again.
    changed();
  }, [documentId, drop, changed]);

  /** Accepts this suggestion's text as the same entity everywhere in the library (a job: the tray shows its progress). */
  const acceptAll = useCallback(async (s: SuggestionShape) => {
    const running = await client.runJob('entities.acceptAll', { type: s.type, text: s.text, ...(s.entityId ? { entityId: s.entityId } : {}), value: s.value ?? null });
    const outcome = await running.outcome;
    changed();
    if (outcome.state === 'failed') throw new ApiError(outcome.error!);
    return outcome.result;
  }, [changed]);

  return { entities, byId, suggestions, complete, tag, acceptMany, rejectMany, acceptAll, reloadSuggestions };
}
