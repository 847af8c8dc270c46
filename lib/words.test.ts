import { describe, expect, it } from "vitest";
import { listInWords } from "./words";

describe("listInWords", () => {
  it.each<[string[], "and" | "or", string]>([
    [[], "and", ""],
    [["A"], "or", "A"],
    [["A", "B"], "or", "A or B"],
    [["A", "B", "C"], "and", "A, B and C"],
  ])("%j with %s → %j", (items, conjunction, text) => expect(listInWords(items, conjunction)).toBe(text));
});
