"use client";
// "Create many codes": the coupon being made becomes a family's template, and the code field
// becomes a pattern (how many, prefix, random length, alphabet) with five example codes. The
// form's own code is kept set to the first example, so the rest of the form checks as usual.
import { createContext, useContext, useMemo, useState, useSyncExternalStore } from "react";
import { CODE_ALPHABETS, codePatternSchema, uniqueCodes, type AlphabetKey, type CodePattern } from "@/lib/coupons/families/code-pattern";

export interface PatternDraft {
  count: string;
  prefix: string;
  length: string;
  alphabet: AlphabetKey;
}

export interface ManyCodes {
  on: boolean;
  setOn: (on: boolean) => void;
  draft: PatternDraft;
  setDraft: (draft: PatternDraft) => void;
  /** The pattern when the draft is valid, else the first problem per field. */
  parsed: { pattern: CodePattern; errors: null } | { pattern: null; errors: Partial<Record<keyof PatternDraft, string>> };
  examples: string[];
  /** A save was tried: every problem of the pattern shows, not just those of fields typed in. */
  attempted: boolean;
  markAttempted: () => void;
}

const subscribeNothing = () => () => {};
const DEFAULT_DRAFT: PatternDraft = { count: "100", prefix: "", length: "6", alphabet: "mixed" };

export function parsePattern(draft: PatternDraft): ManyCodes["parsed"] {
  const result = codePatternSchema.safeParse({ ...draft, count: Number(draft.count || NaN), length: Number(draft.length || NaN) });
  if (result.success) return { pattern: result.data, errors: null };
  const errors: Partial<Record<keyof PatternDraft, string>> = {};
  for (const issue of result.error.issues) errors[issue.path[0] as keyof PatternDraft] ??= issue.message;
  return { pattern: null, errors };
}

export function useManyCodesState(initiallyOn: boolean): ManyCodes {
  const [on, setOn] = useState(initiallyOn);
  const [draft, setDraft] = useState(DEFAULT_DRAFT);
  const parsed = useMemo(() => parsePattern(draft), [draft]);
  // Random, so made only once the browser has taken over (the server's render would differ).
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const examples = useMemo(() => {
    if (!hydrated) return [];
    const prefix = draft.prefix.trim().toUpperCase() || "PREFIX-";
    const length = Math.min(16, Math.max(4, Number(draft.length) || 6));
    return uniqueCodes({ count: 5, prefix, length, alphabet: draft.alphabet }, 5);
  }, [hydrated, draft.prefix, draft.length, draft.alphabet]);
  const [attempted, setAttempted] = useState(false);
  return { on, setOn, draft, setDraft, parsed, examples, attempted, markAttempted: () => setAttempted(true) };
}

export const ManyCodesContext = createContext<ManyCodes | null>(null);

export const useManyCodes = (): ManyCodes | null => useContext(ManyCodesContext);

export const ALPHABET_OPTIONS = (Object.keys(CODE_ALPHABETS) as AlphabetKey[]).map((key) => ({
  value: key,
  label: `${CODE_ALPHABETS[key].label} (${CODE_ALPHABETS[key].characters.length} characters, no look-alikes)`,
}));
