export interface Migration {
  /** Numbered in tens, strictly increasing, never reused. Stored in `PRAGMA user_version`. */
  version: number;
  name: string;
  up: string;
  /**
   * The step builds a table again (create, copy, drop, rename): foreign keys are off while it runs, so that dropping
   * the old table cascades nowhere, and checked before it commits.
   */
  rebuildsTables?: boolean;
}
