// Many codes from one pattern: a prefix the merchant chooses, then random characters from an
// alphabet customers can't misread (no 0/O, 1/I/L), within Wix's 20 characters. The same rules
// check the form in the browser and the request on the server.
import { z } from "zod";
import { ALPHABET, cryptoBytes, randomString, type RandomBytes } from "../domain/code-generator";
import { CODE_MAX } from "../domain/specification";

export const MAX_FAMILY_SIZE = 1_000;
export const PREFIX_MAX = 12;

export const CODE_ALPHABETS = {
  mixed: { label: "Letters and digits", characters: ALPHABET },
  letters: { label: "Letters only", characters: "ABCDEFGHJKMNPQRSTUVWXYZ" },
  digits: { label: "Digits only", characters: "23456789" },
} as const;
export type AlphabetKey = keyof typeof CODE_ALPHABETS;
const ALPHABET_KEYS = Object.keys(CODE_ALPHABETS) as [AlphabetKey, ...AlphabetKey[]];

/** Possible codes per code made, at least: so collisions stay rare and codes can't be guessed by trying. */
export const MIN_SPACE_PER_CODE = 1_000;

export const codePatternSchema = z
  .object({
    count: z
      .number({ error: "Enter how many codes to make." })
      .int("Enter a whole number of codes.")
      .min(1, "Make at least 1 code.")
      .max(MAX_FAMILY_SIZE, `At most ${MAX_FAMILY_SIZE.toLocaleString("en-US")} codes at a time.`),
    prefix: z
      .string()
      .trim()
      .toUpperCase()
      .min(2, "Enter a prefix of at least 2 characters, such as SUMMER-.")
      .max(PREFIX_MAX, `A prefix has at most ${PREFIX_MAX} characters.`)
      .regex(/^[A-Z0-9][A-Z0-9-]*$/, "A prefix has letters, digits and dashes only, and starts with a letter or digit."),
    length: z
      .number({ error: "Enter how many random characters." })
      .int("Enter a whole number.")
      .min(4, "At least 4 random characters.")
      .max(16),
    alphabet: z.enum(ALPHABET_KEYS, { error: "Choose which characters codes use." }),
  })
  .superRefine((pattern, ctx) => {
    if (pattern.prefix.length + pattern.length > CODE_MAX) {
      ctx.addIssue({
        code: "custom",
        path: ["length"],
        message: `Prefix and random part together have at most ${CODE_MAX} characters (now ${pattern.prefix.length + pattern.length}).`,
      });
    }
    if (possibleCodes(pattern) < pattern.count * MIN_SPACE_PER_CODE) {
      ctx.addIssue({
        code: "custom",
        path: ["length"],
        message: "Too few possible codes for that many: use more random characters or letters and digits.",
      });
    }
  });
export type CodePattern = z.infer<typeof codePatternSchema>;

export function possibleCodes(pattern: Pick<CodePattern, "length" | "alphabet">): number {
  return CODE_ALPHABETS[pattern.alphabet].characters.length ** pattern.length;
}

/** One code of the pattern. */
export function codeOf(pattern: Pick<CodePattern, "prefix" | "length" | "alphabet">, random: RandomBytes = cryptoBytes): string {
  return pattern.prefix + randomString(CODE_ALPHABETS[pattern.alphabet].characters, pattern.length, random);
}

/** `count` different codes (ignoring case), none of them in `taken` (upper-cased codes). */
export function uniqueCodes(
  pattern: CodePattern,
  count: number,
  taken: ReadonlySet<string> = new Set(),
  random: RandomBytes = cryptoBytes,
): string[] {
  const seen = new Set(taken);
  const codes: string[] = [];
  while (codes.length < count) {
    const code = codeOf(pattern, random);
    if (seen.has(code.toUpperCase())) continue;
    seen.add(code.toUpperCase());
    codes.push(code);
  }
  return codes;
}
