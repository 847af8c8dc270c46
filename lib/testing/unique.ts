// Test data that is unique by construction, not by the clock: two suites that start in the same
// millisecond (against one emulator, one store) never share a code. A counter makes each value
// unique within the process; random letters from the crypto source keep processes apart.
import { randomInt } from "node:crypto";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
let counter = 0;

/** Random letters and digits, without look-alikes. */
function randomLetters(length: number): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * A tag such as "Q007KX4P": the prefix, this process's next number (three base-36 digits, so tags
 * of one prefix all have one length and none starts another) and `random` random letters. Short
 * enough to start a 20-character coupon code.
 */
export function uniqueTag(prefix: string, random = 4): string {
  counter += 1;
  return `${prefix}${counter.toString(36).toUpperCase().padStart(3, "0")}${randomLetters(random)}`;
}
