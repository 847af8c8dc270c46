// Date-time inputs in the merchant's zone: what the time box tidies as it is left.
import { describe, expect, it } from "vitest";
import { normaliseTime } from "./zoned-input";

describe("normaliseTime", () => {
  it.each([
    ["9:00", "09:00"],
    ["09:00", "09:00"],
    ["0930", "09:30"],
    ["930", "09:30"],
    ["23.59", "23:59"],
    [" 7:05 ", "07:05"],
    ["noon", "noon"],
    ["", ""],
  ])("%j → %j", (typed, tidy) => expect(normaliseTime(typed)).toBe(tidy));
});
