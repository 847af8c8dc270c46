// The checker's small vocabulary: times in the merchant's zone, amounts in cents, lists of names.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { formatMoney } from "../domain/format";

/**
 * "3 May at 23:59 Europe/Berlin", in the merchant's zone and naming it. The year is added
 * ("3 May 2023 at 23:59 Europe/Berlin") when it isn't the year of `relativeTo`, so a coupon that
 * ended years ago doesn't read as if it ended last week.
 */
export function formatWhen(ms: number, timeZone: string, relativeTo?: number): string {
  const date = new TZDate(ms, timeZone);
  const sameYear = relativeTo === undefined || new TZDate(relativeTo, timeZone).getFullYear() === date.getFullYear();
  return `${format(date, sameYear ? "d MMM 'at' HH:mm" : "d MMM yyyy 'at' HH:mm")} ${timeZone}`;
}

/**
 * An amount as whole cents. [guess] Every currency is taken to 2 decimals, as Pricing Plans'
 * decimal strings are ("25.00"); a zero-decimal currency (JPY) would show ".00" amounts.
 */
export const toCents = (amount: number): number => Math.round(amount * 100);
export const fromCents = (cents: number): number => cents / 100;
/** "25.00": the decimal strings of Pricing Plans' `prices`. */
export const decimal = (cents: number): string => (cents / 100).toFixed(2);

export const money = (cents: number, currency: string): string => formatMoney(fromCents(cents), currency);

/** "A", "A and B", "A, B and C"; repeated names once. */
export function listNames(names: readonly string[], conjunction = "and"): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} ${conjunction} ${unique[unique.length - 1]}`;
}

/** "1 time", "3 times"; "1 payment", "2 payments". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Shares of `totalCents` in proportion to `weights` (whole cents), by largest remainder: the
 * shares sum to exactly `totalCents`, and none is above its weight while the total isn't above
 * their sum. Exact integer arithmetic (BigInt), so large amounts don't drift.
 */
export function spread(totalCents: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || totalCents <= 0) return weights.map(() => 0);
  const total = BigInt(Math.min(totalCents, sum));
  const whole = BigInt(sum);
  const parts = weights.map((w, i) => {
    const product = total * BigInt(w);
    return { i, share: product / whole, remainder: product % whole };
  });
  let left = Number(total - parts.reduce((a, p) => a + p.share, 0n));
  const byRemainder = [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.i - b.i));
  for (const part of byRemainder) {
    if (left <= 0) break;
    part.share += 1n;
    left -= 1;
  }
  return parts.map((p) => Number(p.share));
}
