// Coupon codes customers can type: a stem from the name or the old code, then random characters
// without look-alikes (no 0/O, 1/I/L), within Wix's 20-character limit.
import { CODE_MAX } from "./specification";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 characters
const SUFFIX = 5;
const STEM_MAX = CODE_MAX - SUFFIX - 1;

type RandomBytes = (count: number) => Uint8Array;
const cryptoBytes: RandomBytes = (count) => globalThis.crypto.getRandomValues(new Uint8Array(count));

/** "Summer Sale" → "SUMMERSALE-K7Q2M"; no hint → "K7Q2MXW3". */
export function generateCode(hint = "", random: RandomBytes = cryptoBytes): string {
  const stem = hint
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, Math.min(10, STEM_MAX));
  const suffix: string[] = [];
  // Rejection sampling keeps every character equally likely (256 isn't a multiple of 31).
  while (suffix.length < (stem ? SUFFIX : 8)) {
    for (const byte of random(8)) {
      if (byte < 248 && suffix.length < (stem ? SUFFIX : 8)) suffix.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return stem ? `${stem}-${suffix.join("")}` : suffix.join("");
}
