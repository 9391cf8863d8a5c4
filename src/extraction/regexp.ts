// Text read as itself inside a regular expression built from data (names, titles, currencies).

/** The text with every character a pattern treats specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `read` made to read each text once: it answers again what it found in the last text it was given.
 * A long text is read in parts that all share the whole text (parts.ts); a rule that looks at the
 * whole text (is it a programme notice, a legislature's record?) must not read it again for every
 * part, which would make the cost grow with the square of the text's length.
 */
export function oncePerText<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; found: T } | null = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, found: read(text) };
    return last.found;
  };
}
