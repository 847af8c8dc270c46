// Coupon codes customers can type: a stem from the name or the old code, then random characters
// without look-alikes (no 0/O, 1/I/L), within Wix's 20-character limit.
import { CODE_MAX } from "./specification";

/** Letters and digits customers can't mistake for each other: no 0/O, 1/I/L. 31 characters. */
export const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const SUFFIX = 5;
const STEM_MAX = CODE_MAX - SUFFIX - 1;

export type RandomBytes = (count: number) => Uint8Array;
export const cryptoBytes: RandomBytes = (count) => globalThis.crypto.getRandomValues(new Uint8Array(count));

/** `length` characters of `alphabet`, each equally likely: rejection sampling, as 256 is rarely a multiple of its size. */
export function randomString(alphabet: string, length: number, random: RandomBytes = cryptoBytes): string {
  const below = 256 - (256 % alphabet.length);
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of random(Math.max(8, length))) {
      if (byte < below && out.length < length) out.push(alphabet[byte % alphabet.length]!);
    }
  }
  return out.join("");
}

/** "Summer Sale" → "SUMMERSALE-K7Q2M"; no hint → "K7Q2MXW3". */
export function generateCode(hint = "", random: RandomBytes = cryptoBytes): string {
  const stem = hint
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, Math.min(10, STEM_MAX));
  const suffix = randomString(ALPHABET, stem ? SUFFIX : 8, random);
  return stem ? `${stem}-${suffix}` : suffix;
}
