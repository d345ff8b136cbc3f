// Limits every front end shares with the contract (plain values: the renderer may import them).

/** The most articles one call marks, files or tags (a selection in the list). */
export const MAX_MARKED = 10_000;
