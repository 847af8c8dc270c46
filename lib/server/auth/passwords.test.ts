import { describe, expect, it } from "vitest";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { passwordProblem } from "./password-policy";
import { ARGON2_PARAMS, hashPassword, needsRehash, verifyPassword } from "./passwords";

describe("password hashing", () => {
  it("uses argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane) and a random salt", async () => {
    expect(ARGON2_PARAMS).toMatchObject({ algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const a = await hashPassword("violet staple cloud harbour");
    const b = await hashPassword("violet staple cloud harbour");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$abc$def")).toBe(true);
  });

  it("verifies the right password only, and treats a corrupt hash as a mismatch", async () => {
    const stored = await hashPassword("violet staple cloud harbour");
    expect(await verifyPassword(stored, "violet staple cloud harbour")).toBe(true);
    expect(await verifyPassword(stored, "violet staple cloud harbouR")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});

describe("password policy", () => {
  it("takes 12 to 128 characters, counted as characters, with no composition rules", () => {
    expect(passwordProblem("short pass")).toMatch(/at least 12/);
    expect(passwordProblem("x".repeat(PASSWORD_MAX + 1))).toMatch(/at most 128/);
    expect(PASSWORD_MIN).toBe(12);
    // All lower case, no digits, no symbols: fine when it isn't common.
    expect(passwordProblem("violet staple cloud harbour")).toBeNull();
    expect(passwordProblem("glimmerfoxtrotpelican")).toBeNull();
    expect(passwordProblem("Ünïcödé-Pässwörd-😀")).toBeNull();
    // 11 emoji are 11 characters, however many UTF-16 units they take.
    expect(passwordProblem("😀".repeat(11))).toMatch(/at least 12/);
  });

  it.each([
    "password1234",
    "Password2024!",
    "P@ssw0rd2024",
    "passwordpassword",
    "qwertyuiop123",
    "1q2w3e4r5t6y",
    "123456789012",
    "aaaaaaaaaaaa",
    "abcabcabcabc",
    "iloveyou1234",
    "correcthorsebatterystaple",
    "Dragon!Dragon!",
    "Welcome123456",
    "letmein!letmein",
    "zyxwvutsrqpo",
    "administrator",
  ])("refuses the common password %s", (password) => {
    expect(passwordProblem(password)).toMatch(/too common/);
  });

  it("refuses a password built on the user's own email", () => {
    expect(passwordProblem("jsmithson2024!", { email: "jsmithson@example.com" })).toMatch(/too common/);
    expect(passwordProblem("jsmithson2024!", { email: "ana@example.com" })).toBeNull();
  });
});
