// When a coupon reaches its usage limit at its recent pace, as one sentence for the details drawer:
// "At the last 3 days' pace (about 12 a day), the limit of 500 is reached in about 2 days, on 9 Dec (Europe/Berlin)."
import { PACE_DAYS, paceOver } from "./pace";
import { DAY_MS, HOUR_MS, trackedSince, type UsageReading } from "./readings";
import { count, dayWords, distance, num, possessive, span } from "./words";

export { PACE_DAYS };
/** Beyond this the sentence gives no date: a pace says nothing about a decade from now. */
const FAR_MS = 10 * 365 * DAY_MS;

export interface Forecast {
  /** Uses per day at the recent pace; null without enough history. */
  perDay: number | null;
  /** When the limit is reached at that pace, epoch ms; null when it isn't (no limit, no uses, reached already). */
  reachAt: number | null;
  sentence: string;
}

/** "about 12 a day", "about 12 uses a day"; "about 1 every 3 days" below one a day. */
function rate(perDay: number, noun?: string): string {
  const daily = Math.round(perDay);
  if (daily >= 1) return `about ${noun ? count(daily, noun) : num(daily)} a day`;
  return `about ${noun ? count(1, noun) : "1"} every ${num(Math.round(1 / perDay))} days`;
}

export function forecastLimit(args: {
  readings: readonly UsageReading[];
  /** The current count, which may be newer than the last reading. */
  uses: number;
  usageLimit?: number | null;
  now: number;
  timeZone: string;
}): Forecast {
  const { readings, uses, now, timeZone } = args;
  const limit = args.usageLimit ?? null;
  const pace = paceOver({ readings, uses, now, windowMs: PACE_DAYS * DAY_MS });
  const perDay = pace?.perDay ?? null;
  const answer = (sentence: string, reachAt: number | null = null): Forecast => ({ perDay, reachAt, sentence });

  if (limit !== null && uses >= limit) return answer(`The limit of ${count(limit, "use")} was reached.`);
  if (!pace) {
    const since = trackedSince(readings);
    const why = since === undefined ? "no readings yet" : `readings began ${span(Math.max(0, now - since))} ago`;
    if (limit === null) return answer(`No usage limit. Not enough history yet for a pace: ${why}.`);
    return answer(`Not enough history yet for a forecast: ${why}.`);
  }
  const last = `the last ${span(pace.spanMs)}`;
  if (limit === null) {
    if (pace.uses === 0) return answer(`No usage limit, and no uses in ${last}.`);
    return answer(`No usage limit. At ${possessive(last)} pace, ${rate(pace.perDay, "use")}.`);
  }
  if (pace.uses === 0) return answer(`No uses in ${last}: at this pace the limit of ${num(limit)} won't be reached.`);

  const inMs = ((limit - uses) / pace.perDay) * DAY_MS;
  const reachAt = now + inMs;
  const start = `At ${possessive(last)} pace (${rate(pace.perDay)}), the limit of ${num(limit)} is reached`;
  if (inMs > FAR_MS) return answer(`${start} in more than 10 years.`, reachAt);
  const withTime = Math.round(inMs / HOUR_MS) < 24;
  return answer(`${start} in ${distance(inMs)}, on ${dayWords(reachAt, timeZone, now, withTime)} (${timeZone}).`, reachAt);
}
