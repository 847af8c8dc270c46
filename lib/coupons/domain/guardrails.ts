// The percent-off guardrails from seeds/002 "Guardrails": more than 50 % off warns with a worked
// example, exactly 100 % needs an explicit confirmation, more than 100 % is blocked. Without cost
// data the margin check warns above 40 %. The form shows these; the server re-checks the
// confirmation, so a 100 %-off coupon is never created by accident.

export const MARGIN_WARNING_ABOVE = 40;
export const DEEP_DISCOUNT_ABOVE = 50;
export const FULL_DISCOUNT = 100;

export type PercentGuardrail =
  | { level: "none" }
  | { level: "margin"; message: string }
  | { level: "warn"; message: string; example: string }
  | { level: "confirm"; message: string }
  | { level: "block"; message: string };

/** "$100", "$37.50": whole amounts without cents, for a readable example. */
function money(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** "$100 → $40": what a 60 % discount does to a 100 price. */
export function discountExample(rate: number, currency = "USD"): string {
  const after = Math.max(0, Math.round((100 - rate) * 100) / 100);
  return `${money(100, currency)} → ${money(after, currency)}`;
}

export function percentGuardrail(rate: number | undefined, currency = "USD"): PercentGuardrail {
  if (rate === undefined || !Number.isFinite(rate)) return { level: "none" };
  if (rate > FULL_DISCOUNT) {
    return { level: "block", message: "A discount can't be more than 100 %: customers would be paid to buy." };
  }
  if (rate === FULL_DISCOUNT) {
    return { level: "confirm", message: "100 % off makes the items free. Confirm that this is what you want." };
  }
  if (rate > DEEP_DISCOUNT_ABOVE) {
    const example = discountExample(rate, currency);
    return {
      level: "warn",
      message: `That's more than half off: an item priced ${example.replace(" → ", " sells for ")}.`,
      example,
    };
  }
  if (rate > MARGIN_WARNING_ABOVE) {
    return { level: "margin", message: "Check your margins: without cost data we can't tell whether this sells below cost." };
  }
  return { level: "none" };
}

/** Whether saving this rate needs the merchant's explicit confirmation. */
export function needsFullDiscountConfirmation(rate: number | null | undefined): boolean {
  return rate === FULL_DISCOUNT;
}

export const FULL_DISCOUNT_UNCONFIRMED = "Confirm that this coupon makes the items free (100 % off) before saving.";
