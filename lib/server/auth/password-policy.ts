import "server-only";
// The password rule from the issue: 12 to 128 characters, no composition rules, and very common
// passwords are refused. "Common" means: on the list, or built from a common word with only digits,
// symbols, leetspeak or repetition around it ("Password2024!", "dr@gondragon"), or a keyboard/number run.
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { BASE_WORDS, COMMON_LONG } from "./common-passwords";

const COMMON = new Set(COMMON_LONG);
const BASES = new Set(BASE_WORDS);
const LEET: Record<string, string> = { "@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", $: "s", "5": "s", "7": "t", "+": "t" };
const RUNS = [
  "qwertyuiopasdfghjklzxcvbnm",
  "qwertzuiopasdfghjklyxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "abcdefghijklmnopqrstuvwxyz",
  "01234567890",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

function characters(value: string): number {
  return [...value].length;
}

/**
 * The letter cores a password may be built on, lower case: the letters alone ("Password2024!" →
 * "password"), and the letters after undoing leetspeak once digits and punctuation around the edges
 * are gone ("P@ssw0rd2024" → "password", "Dr@g0nDr@g0n!" → "dragondragon").
 */
export function letterCores(password: string): string[] {
  const lower = password.toLowerCase().normalize("NFKC");
  const plain = lower.replace(/[^a-z]/g, "");
  const trimmed = lower.replace(/^[0-9!?.,#*_~-]+|[0-9!?.,#*_~-]+$/g, "");
  const unLeeted = [...trimmed]
    .map((c) => LEET[c] ?? c)
    .join("")
    .replace(/[^a-z]/g, "");
  return [...new Set([plain, unLeeted])];
}

function isRepetition(text: string, unit: string): boolean {
  return unit.length > 0 && text.length % unit.length === 0 && unit.repeat(text.length / unit.length) === text;
}

function isRun(text: string): boolean {
  const reversed = [...text].reverse().join("");
  return RUNS.some((run) => run.includes(text) || run.includes(reversed));
}

function isTrivial(password: string, email?: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size <= 2 || isRun(lower)) return true;
  // Short repeated units: "abcabcabcabc", "12341234", "ab12ab12ab12".
  for (let size = 1; size <= lower.length / 2; size++) {
    if (isRepetition(lower, lower.slice(0, size))) return true;
  }
  const localPart = email
    ?.split("@")[0]
    ?.toLowerCase()
    .replace(/[^a-z]/g, "");
  const bases = [...BASES, ...(localPart && localPart.length >= 3 ? [localPart] : [])];
  for (const core of letterCores(password)) {
    if (core.length < 3) continue; // mostly digits and symbols: judged by the list, runs and repetition above
    if (bases.some((base) => isRepetition(core, base)) || isRun(core)) return true;
  }
  return false;
}

/** Why a password is refused, in words for the form; null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = characters(password);
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isTrivial(password, context.email)) {
    return "This password is too common or too easy to guess. Try a few unrelated words.";
  }
  return null;
}
