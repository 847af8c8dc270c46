// One spreadsheet cell read as the value a specification field holds: money as the merchant's
// currency writes it ("$1,234.50") or a plain number, percentages with or without "%", whole
// numbers, yes/no switches, and dates ("2024-05-14 09:00", as the export writes them) in a zone.
// Each reader returns the value or the problem in words, with how to write it instead.
import { TZDate } from "@date-fns/tz";
import { formatMoney } from "../domain/format";

export type Read<T> = { value: T } | { problem: string };

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const toNumber = (text: string) => Number(text.replace(/,/g, ""));

/** What the currency writes around an amount: its symbol ("$", "€", "CA$") and its ISO code. */
function currencyMarks(currency: string): string[] {
  const symbol = new Intl.NumberFormat("en-US", { style: "currency", currency }).formatToParts(1).find((p) => p.type === "currency")?.value;
  return [...new Set([symbol, currency].filter((mark): mark is string => Boolean(mark)))].sort((a, b) => b.length - a.length);
}

export function readMoney(text: string, currency: string): Read<number> {
  let rest = text.trim().replace(/\u00A0/g, " ");
  for (const mark of currencyMarks(currency)) {
    const at = rest.toUpperCase().indexOf(mark.toUpperCase());
    if (at !== -1) {
      rest = (rest.slice(0, at) + rest.slice(at + mark.length)).trim();
      break;
    }
  }
  if (NUMBER.test(rest.replace(/\s/g, ""))) return { value: toNumber(rest.replace(/\s/g, "")) };
  return { problem: `write an amount in ${currency} as ${formatMoney(5, currency)} or 5.00 (a dot before the cents)` };
}

export function readPercent(text: string): Read<number> {
  const rest = text.trim().replace(/\s*%$/, "");
  if (NUMBER.test(rest)) return { value: toNumber(rest) };
  return { problem: "write a percentage as 20 or 20 %" };
}

export function readWhole(text: string): Read<number> {
  const rest = text.trim();
  if (/^-?\d+$/.test(rest.replace(/,/g, ""))) return { value: Number(rest.replace(/,/g, "")) };
  return { problem: "write a whole number such as 100, or leave the cell empty for no limit" };
}

const YES = new Set(["yes", "y", "true", "on", "1"]);
const NO = new Set(["no", "n", "false", "off", "0"]);

export function readSwitch(text: string): Read<boolean> {
  const word = text.trim().toLowerCase();
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { problem: "write Yes or No" };
}

/** "2024-05-14 09:00" (or "2024-05-14", at midnight) in the zone: the export's own format. */
export function readDateTime(text: string, timeZone: string): Read<number> {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  const hint = `write the date as year-month-day with a 24-hour time, such as 2024-05-14 09:00 (${timeZone})`;
  if (!match) return { problem: hint };
  type Parts = [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as Parts;
  const date = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  // TZDate rolls 2024-02-30 over into March; a date that doesn't exist is a typo.
  const rolledOver = date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day;
  if (rolledOver || hour > 23 || minute > 59 || second > 59) {
    return { problem: `there is no such date or time: ${hint}` };
  }
  return { value: date.getTime() };
}
