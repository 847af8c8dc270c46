// Epoch-millisecond times as Wix takes them: a number or a numeric string, never seconds or ISO.
import { z } from "zod";

/** Anything below this is a time in seconds, which Wix rejects. */
export const MIN_EPOCH_MS = 1_000_000_000_000;
/** 9999-12-31T23:59:59.999Z: a later value is certainly a mistake. */
export const MAX_EPOCH_MS = 253_402_300_799_999;

export function epochMsSchema(field: string) {
  const hint = `${field} must be a time in epoch milliseconds, such as 1714521600000`;
  return z.union([z.number(), z.string()], { error: hint }).transform((value, ctx) => {
    const ms = typeof value === "number" ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(ms)) {
      ctx.addIssue({ code: "custom", message: `${hint} (ISO dates and fractions are not accepted).` });
      return z.NEVER;
    }
    if (ms < MIN_EPOCH_MS) {
      ctx.addIssue({ code: "custom", message: `${hint}; this looks like seconds, multiply it by 1000.` });
      return z.NEVER;
    }
    if (ms > MAX_EPOCH_MS) {
      ctx.addIssue({ code: "custom", message: `${hint}; this is after the year 9999.` });
      return z.NEVER;
    }
    return ms;
  });
}

/** Wix sends times as strings; accept either and return milliseconds. */
export function toEpochMs(value: number | string): number {
  return typeof value === "number" ? value : Number(value);
}
