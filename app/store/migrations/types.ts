export interface Migration {
  /** Numbered in tens, strictly increasing, never reused. Stored in `PRAGMA user_version`. */
  version: number;
  name: string;
  up: string;
}
