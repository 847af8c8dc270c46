// The code pattern of a family: codes customers can't misread, unique regardless of case, within 20.
import { describe, expect, it } from "vitest";
import { codePatternSchema, uniqueCodes, type CodePattern } from "./code-pattern";

const pattern: CodePattern = { count: 1_000, prefix: "SUMMER-", length: 6, alphabet: "mixed" };

describe("a family's codes", () => {
  it("are 1,000 different codes with the prefix, no look-alikes, at most 20 characters", () => {
    const codes = uniqueCodes(pattern, 1_000);
    expect(new Set(codes.map((c) => c.toUpperCase())).size).toBe(1_000);
    for (const code of codes) {
      expect(code).toMatch(/^SUMMER-[A-HJ-KM-NP-Z2-9]{6}$/);
      expect(code.length).toBeLessThanOrEqual(20);
    }
  });

  it("never repeat a code already taken", () => {
    // A 2-character digits pattern has 64 codes: take 60 and the other 4 must come out.
    const tiny = { count: 4, prefix: "AB", length: 2, alphabet: "digits" as const };
    const all = uniqueCodes(tiny, 64);
    const taken = new Set(all.slice(0, 60));
    expect(uniqueCodes(tiny, 4, taken).sort()).toEqual(all.slice(60).sort());
  });

  it("are checked with plain-words errors before anything is made", () => {
    const issues = (input: object) =>
      codePatternSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues({ ...pattern, count: 1_001 })).toEqual(["count: At most 1,000 codes at a time."]);
    expect(issues({ ...pattern, prefix: "summer sale" })).toEqual([
      "prefix: A prefix has letters, digits and dashes only, and starts with a letter or digit.",
    ]);
    expect(issues({ ...pattern, prefix: "LONGPREFIX-", length: 12 })).toEqual([
      "length: Prefix and random part together have at most 20 characters (now 23).",
    ]);
    expect(issues({ ...pattern, alphabet: "digits", length: 4 })).toEqual([
      "length: Too few possible codes for that many: use more random characters or letters and digits.",
    ]);
    expect(codePatternSchema.parse({ ...pattern, prefix: " vip- " }).prefix).toBe("VIP-");
  });
});
