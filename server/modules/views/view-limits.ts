/**
 * Limits of a saved view, shared by the server (which enforces them) and the explorer (which
 * shows them in its form). Pure data, no imports, so the client bundle can import it.
 */
export const VIEW_LIMITS = {
  /** Characters in a view's name, after trimming. */
  name: 80,
  /** Entities in one view: the same as the most `subgraph` opens at once. */
  ids: 2_000,
  /** Views one `views` list returns (newest first). */
  list: 100,
} as const;

/** Length of a view id: 7 random bytes in base64url (56 bits), short enough for a link. */
export const VIEW_ID_LENGTH = 10;
export const VIEW_ID_PATTERN = /^[A-Za-z0-9_-]{10}$/;
