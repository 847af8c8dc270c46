// Dates in the merchant's time zone, always with the zone shown, plus relative hints.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { formatDistanceStrict } from "date-fns/formatDistanceStrict";

export function formatDateTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "d MMM yyyy, HH:mm");
}

/** "14 Mar 2027" in `timeZone`. */
export function formatDate(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "d MMM yyyy");
}

/** "2024-05-14 09:00" in `timeZone`: sortable, and read as a date by spreadsheets. */
export function formatSortableDateTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd HH:mm");
}

function shortName(ms: number, timeZone: string, locale: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")
      ?.value ?? timeZone
  );
}

/** The zone's short name at an instant: "EDT", "CEST", "BST"; "GMT+9" where no name is in common use. */
export function zoneName(ms: number, timeZone: string): string {
  const american = shortName(ms, timeZone, "en-US");
  if (!american.startsWith("GMT")) return american;
  const british = shortName(ms, timeZone, "en-GB");
  return british.startsWith("GMT+") || british.startsWith("GMT-") ? american : british;
}

/** "ends in 3 days", "ended 2 months ago", "starts in 5 days". */
export function relativeHint(ms: number, now: number, future: string, past: string): string {
  const distance = formatDistanceStrict(ms, now);
  return ms >= now ? `${future} in ${distance}` : `${past} ${distance} ago`;
}

/**
 * The zone for a list of dates that span the year: "Europe/Berlin (CET/CEST)", standard time first;
 * "Asia/Tokyo (GMT+9)" where the clocks don't change; just "UTC" when a name adds nothing. A single
 * name would be wrong for half the rows (a July date shown under "CET").
 */
export function zoneLabel(timeZone: string, ms: number): string {
  const year = new TZDate(ms, timeZone).getFullYear();
  const seasons = [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)]
    // Standard time is the one further west of UTC: the larger getTimezoneOffset().
    .sort((a, b) => new TZDate(b, timeZone).getTimezoneOffset() - new TZDate(a, timeZone).getTimezoneOffset());
  const names = [...new Set(seasons.map((at) => zoneName(at, timeZone)))].filter((name) => name !== timeZone);
  return names.length === 0 ? timeZone : `${timeZone} (${names.join("/")})`;
}
