/**
 * The documents date things as a year, a month or a day ("2015", "2015-06", "2015-06-12").
 * Each is an interval: a year covers all of it, so an operation dated "2015" is inside a
 * brush from June to August 2015.
 */

export interface DateInterval {
  /** Milliseconds since the epoch (UTC), first and last instant of the interval. */
  start: number;
  end: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function dateInterval(text: string | null | undefined): DateInterval | null {
  const match = text ? PARTIAL_DATE.exec(text.trim()) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 0 || month > 11)) return null;
  if (month === null) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1 };
  if (day === null) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) - 1 };
  return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) - 1 };
}

/** A node dated within (overlapping) the range is kept; undated nodes are never filtered out. */
export function overlaps(date: string | null | undefined, range: { from: string; to: string }): boolean {
  const own = dateInterval(date);
  const from = dateInterval(range.from);
  const to = dateInterval(range.to);
  if (!own || !from || !to) return true;
  return own.end >= from.start && own.start <= to.end;
}

/** ISO day of an instant, for the brush's bounds. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
