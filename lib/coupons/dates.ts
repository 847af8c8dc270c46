// Dates in the merchant's time zone, always with the zone shown, plus relative hints.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { formatDistanceStrict } from "date-fns/formatDistanceStrict";

export function formatDateTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "d MMM yyyy, HH:mm");
}

/** "2024-05-14 09:00" in `timeZone`: sortable, and read as a date by spreadsheets. */
export function formatSortableDateTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd HH:mm");
}

function shortName(ms: number, timeZone: string, locale: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(new Date(ms))
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone
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

/** "Europe/Berlin (CET)", or just "UTC" when the abbreviation adds nothing. */
export function zoneLabel(timeZone: string, ms: number): string {
  const abbreviation = zoneName(ms, timeZone);
  return abbreviation === timeZone ? timeZone : `${timeZone} (${abbreviation})`;
}
