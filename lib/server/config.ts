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
