import { z } from 'zod';

// The libraries on this machine (a private one, team libraries…) and the one open: the host's own, kept with this
// machine's preferences; the library's data stays in each library's folder.

/** A library as the switcher lists it. */
export const libraryEntry = z.object({
  id: z.uuid(),
  /** The name the reader gave it; empty for the first library ("My library", translated by the page). */
  name: z.string(),
  /** Its folder on this machine. */
  dir: z.string(),
  /** The team library it follows, as last seen open (null: private, or not opened since it joined). */
  team: z.object({ address: z.string(), member: z.string() }).nullable(),
  /** The folder was made by the switcher (a new library), not opened from elsewhere. */
  made: z.boolean(),
});
export type LibraryEntry = z.infer<typeof libraryEntry>;

export const libraryList = z.object({ current: z.uuid(), libraries: z.array(libraryEntry) });
export type LibraryList = z.infer<typeof libraryList>;

export const libraryName = z.string().trim().min(1).max(80).refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'no control characters');
export const newLibrary = z.object({ name: libraryName }).strict();
export const libraryRef = z.object({ id: z.uuid() }).strict();
/** Forgetting a library takes it off the list; `discard` also deletes a folder the switcher made and never opened past a failed join. */
export const forgetLibrary = z.object({ id: z.uuid(), discard: z.boolean().default(false) }).strict();
