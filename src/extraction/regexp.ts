// Text read as itself inside a regular expression built from data (names, titles, currencies).

/** The text with every character a pattern treats specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
