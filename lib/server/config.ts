import "server-only";
// Settings read from the environment, in one place.

/** The zone dates are shown in. IANA name, e.g. "Europe/Berlin"; defaults to the server's zone. */
export function merchantTimeZone(): string {
  const zone = process.env.MERCHANT_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    console.warn(`[coupons] MERCHANT_TIME_ZONE "${zone}" is not a time zone; using UTC.`);
    return "UTC";
  }
}

export function merchantCurrency(): string {
  return process.env.MERCHANT_CURRENCY || "USD";
}

export const DEFAULT_SNAPSHOT_MINUTES = 15;

/**
 * How often usage snapshots are taken (USAGE_SNAPSHOT_MINUTES, 1 to 1,440; default 15), or null
 * when they are off ("off" or 0).
 */
export function snapshotIntervalMs(env: Record<string, string | undefined> = process.env): number | null {
  const text = env.USAGE_SNAPSHOT_MINUTES?.trim();
  if (!text) return DEFAULT_SNAPSHOT_MINUTES * 60_000;
  if (text === "off" || text === "0") return null;
  const minutes = Number(text);
  if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 1_440) return minutes * 60_000;
  console.warn(`[coupons] USAGE_SNAPSHOT_MINUTES "${text}" is not 1 to 1440 minutes or "off"; using ${DEFAULT_SNAPSHOT_MINUTES}.`);
  return DEFAULT_SNAPSHOT_MINUTES * 60_000;
}
