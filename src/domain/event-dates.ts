// An event's dates: one meaning of `endDate` for every way an event is written (createEvent,
// updateEvent, ingestArticle, ingestArticleText, import, seed).

/**
 * `endDate` is the last day of the event: the start date for a single-day event (an end left out
 * is the start), and null only when the event has no start date either.
 */
export function endDateOf(startDate: Date | null, endDate: Date | null | undefined): Date | null {
  if (!startDate) return endDate ?? null;
  return endDate ?? startDate;
}

/**
 * The dates after an edit that may give a new start, a new end, both or neither. A single-day
 * event whose start moves stays a single-day event (its end moves along) unless the edit gives an
 * end; an event lasting several days keeps its end.
 */
export function editedDates(
  current: { startDate: Date | null; endDate: Date | null },
  edit: { startDate?: Date | null; endDate?: Date | null },
): { startDate: Date | null; endDate: Date | null } {
  const startDate = edit.startDate === undefined ? current.startDate : edit.startDate;
  const wasSingleDay = current.startDate !== null && current.endDate?.getTime() === current.startDate.getTime();
  const endDate = edit.endDate !== undefined
    ? edit.endDate
    : edit.startDate !== undefined && (wasSingleDay || current.endDate === null)
      ? null
      : current.endDate;
  return { startDate, endDate: startDate ? endDateOf(startDate, endDate) : endDate };
}
