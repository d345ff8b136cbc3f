import { z } from 'zod';
import type { Result } from './errors.ts';
import type { MethodName } from './api.ts';
import { jobEvent } from './jobs.ts';
import { documentId, errorShape } from './schemas.ts';

/** Commands of the desktop app's menu that the page carries out. */
export const MENU_COMMANDS = ['add-pane', 'toggle-sync-scroll', 'toggle-library', 'show-shortcuts', 'show-export', 'show-backups', 'add-addresses', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * What reaches a front end without it asking: job progress and results (jobs.ts), a menu command, settings changed
 * elsewhere, an error of work the page did not start, an article to open.
 */
export const hostEvent = z.discriminatedUnion('type', [
  jobEvent,
  z.object({ type: z.literal('command'), name: z.enum(MENU_COMMANDS) }),
  z.object({ type: z.literal('settings-changed') }),
  /** Another library was opened: what the page shows belongs to the one before. */
  z.object({ type: z.literal('library-switched'), id: z.uuid() }),
  z.object({ type: z.literal('error'), error: errorShape }),
  /** Open an article, at one of its annotations (an apostille:// link followed from another program). */
  z.object({ type: z.literal('open'), documentId, annotationId: z.uuid().optional() }),
]);
export type HostEvent = z.infer<typeof hostEvent>;

/**
 * What the desktop app's preload exposes to the page as `window.apostille`: one door for calls, one for events. The
 * preload is written against this type; the page's client uses the same one.
 */
export interface PreloadBridge {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: HostEvent) => void): () => void;
}
