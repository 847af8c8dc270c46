import "server-only";
// Password hashing: argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane).
// The parameters are stored in each hash, so raising them later needs no migration: a login with an
// older hash re-hashes it (see needsRehash).
import { hash, verify } from "@node-rs/argon2";

export const ARGON2_PARAMS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules can't read)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

export function needsRehash(storedHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = ARGON2_PARAMS;
  return !storedHash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
}

// A fixed hash to verify against when the account doesn't exist, so a wrong email takes as long as a
// wrong password and the response time doesn't reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing-only");
  return dummyHash;
}
