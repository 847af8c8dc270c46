import "server-only";
// Small helpers the emulator's catalogue codecs share for reading request bodies: JSON objects,
// whole numbers (int64 fields travel as strings too) and refusing a field with Wix's 400.
import { invalidArgument } from "@/lib/coupons/domain/errors";

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/** A 400 naming the field, as Wix's validation errors do. */
export const refuse = (field: string, description: string): never => {
  throw invalidArgument([{ field, description }]);
};

const lastPart = (field: string) => field.split(".").pop() ?? field;

/** An object part of a request; absent or null reads as `{}`. */
export function objectIn(value: unknown, field: string): Json {
  if (value === undefined || value === null) return {};
  return isObject(value) ? value : refuse(field, `${lastPart(field)} is an object.`);
}

/** A whole number between min and max; numeric strings are read as numbers. */
export function wholeNumberIn(value: unknown, field: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  const name = lastPart(field);
  if (typeof n !== "number" || !Number.isInteger(n)) return refuse(field, `${name} is a whole number.`);
  if (n < min || n > max)
    return refuse(field, max === Number.MAX_SAFE_INTEGER ? `${name} is ${min} or more.` : `${name} is between ${min} and ${max}.`);
  return n;
}

/** true, false or absent (false). */
export function flagIn(value: unknown, field: string): boolean {
  if (value === undefined || value === null) return false;
  return typeof value === "boolean" ? value : refuse(field, `${lastPart(field)} is true or false.`);
}

/**
 * `fields`: a list of the API's requested-field names. An unknown name is refused [guess: Wix
 * validates the enum; the docs don't say whether it refuses or ignores an unknown value].
 */
export function requestedFieldsIn(value: unknown, known: readonly string[]): Set<string> {
  if (value === undefined || value === null) return new Set();
  if (!Array.isArray(value)) return refuse("fields", "fields is a list of field names.");
  const unknown = value.find((v) => typeof v !== "string" || !known.includes(v));
  if (unknown !== undefined) return refuse("fields", `Unknown field ${JSON.stringify(unknown)}; the fields are ${known.join(", ")}.`);
  return new Set(value as string[]);
}
