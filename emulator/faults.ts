import "server-only";
import { seededRandom } from "@/lib/seeded-random";
// Opt-in faults, so tests (and anyone's Wix client) can see how a client copes with a bad day:
// added latency, a share of 429 or 503 answers, and dropped connections. One seeded draw per
// request keeps a run reproducible. Nothing is injected unless asked for.

export interface FaultOptions {
  /** Added before every answer: a fixed delay or a [min, max] range, in ms. */
  latencyMs?: number | [number, number];
  /** Share (0–1) of requests answered 429 before they are processed. */
  rate429?: number;
  /** Share (0–1) of requests answered 503 before they are processed. */
  rate503?: number;
  /** Share (0–1) of requests whose connection is dropped: after processing unless `dropBefore`. */
  dropRate?: number;
  /** Drop before processing instead: the request then never happened. */
  dropBefore?: boolean;
  /** Sent with 429 answers. */
  retryAfterSeconds?: number;
  /** Only requests whose "METHOD /path" equals this string or matches this pattern are affected. */
  match?: string | RegExp;
  /** Stop after this many injected faults (latency doesn't count). */
  limit?: number;
  /** Seed of the draws; the same seed gives the same faults for the same requests. */
  seed?: number;
}

export type FaultDecision =
  | { kind: "none"; latencyMs: number }
  | { kind: "status"; status: 429 | 503; latencyMs: number }
  | { kind: "drop"; when: "before" | "after"; latencyMs: number };

export class Faults {
  private options: FaultOptions = {};
  private random: () => number = seededRandom(1);
  private injected = 0;
  /** What was injected, for tests and the log. */
  readonly counts = { 429: 0, 503: 0, drop: 0 };

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the fault settings and restarts the seeded sequence and the counters. */
  set(options: FaultOptions): void {
    this.options = options;
    this.random = seededRandom(options.seed ?? 1);
    this.injected = 0;
    this.counts[429] = this.counts[503] = this.counts.drop = 0;
  }

  get active(): boolean {
    const o = this.options;
    return Boolean(o.latencyMs || o.rate429 || o.rate503 || o.dropRate);
  }

  describe(): string {
    const o = this.options;
    const parts = [
      o.latencyMs ? `latency ${Array.isArray(o.latencyMs) ? o.latencyMs.join("–") : o.latencyMs} ms` : "",
      o.rate429 ? `${Math.round(o.rate429 * 100)} % 429` : "",
      o.rate503 ? `${Math.round(o.rate503 * 100)} % 503` : "",
      o.dropRate ? `${Math.round(o.dropRate * 100)} % dropped ${o.dropBefore ? "before" : "after"} processing` : "",
    ].filter(Boolean);
    return parts.length ? parts.join(", ") : "none";
  }

  private matches(method: string, path: string): boolean {
    const { match } = this.options;
    if (match === undefined) return true;
    const line = `${method} ${path}`;
    return typeof match === "string" ? line === match : match.test(line);
  }

  private latency(): number {
    const { latencyMs } = this.options;
    if (!latencyMs) return 0;
    if (!Array.isArray(latencyMs)) return latencyMs;
    const [min, max] = latencyMs;
    return Math.round(min + this.random() * (max - min));
  }

  decide(method: string, path: string): FaultDecision {
    if (!this.active || !this.matches(method, path)) return { kind: "none", latencyMs: 0 };
    const latencyMs = this.latency();
    const { rate429 = 0, rate503 = 0, dropRate = 0, limit = Number.POSITIVE_INFINITY } = this.options;
    if (this.injected >= limit || rate429 + rate503 + dropRate === 0) return { kind: "none", latencyMs };
    const draw = this.random();
    if (draw < rate429) return this.count({ kind: "status", status: 429, latencyMs }, 429);
    if (draw < rate429 + rate503) return this.count({ kind: "status", status: 503, latencyMs }, 503);
    if (draw < rate429 + rate503 + dropRate) {
      return this.count({ kind: "drop", when: this.options.dropBefore ? "before" : "after", latencyMs }, "drop");
    }
    return { kind: "none", latencyMs };
  }

  private count(decision: FaultDecision, key: 429 | 503 | "drop"): FaultDecision {
    this.injected++;
    this.counts[key]++;
    return decision;
  }

  get retryAfterSeconds(): number | undefined {
    return this.options.retryAfterSeconds;
  }
}

/** Fault settings from the environment (EMULATOR_*), for the CLI; flags override them. */
export function faultsFromEnv(env: NodeJS.ProcessEnv = process.env): FaultOptions {
  const num = (name: string) => (env[name] !== undefined && env[name] !== "" ? Number(env[name]) : undefined);
  return {
    ...parseLatency(env.EMULATOR_LATENCY_MS),
    ...(num("EMULATOR_RATE_429") !== undefined ? { rate429: num("EMULATOR_RATE_429") } : {}),
    ...(num("EMULATOR_RATE_503") !== undefined ? { rate503: num("EMULATOR_RATE_503") } : {}),
    ...(num("EMULATOR_DROP_RATE") !== undefined ? { dropRate: num("EMULATOR_DROP_RATE") } : {}),
    ...(num("EMULATOR_FAULT_SEED") !== undefined ? { seed: num("EMULATOR_FAULT_SEED") } : {}),
  };
}

/** "200" or "50-200" (ms). */
export function parseLatency(raw: string | undefined): Pick<FaultOptions, "latencyMs"> {
  if (!raw) return {};
  const [a, b] = raw.split("-").map(Number);
  if (a === undefined || !Number.isFinite(a) || (b !== undefined && !Number.isFinite(b))) {
    throw new Error(`latency takes milliseconds such as 200 or 50-200, got "${raw}"`);
  }
  return { latencyMs: b === undefined ? a : [a, b] };
}

/** Checks that rates are shares between 0 and 1 that add up to at most 1. */
export function checkFaultOptions(options: FaultOptions): string | null {
  for (const key of ["rate429", "rate503", "dropRate"] as const) {
    const v = options[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) return `${key} is a share between 0 and 1, got ${v}`;
  }
  if ((options.rate429 ?? 0) + (options.rate503 ?? 0) + (options.dropRate ?? 0) > 1) return "the fault shares add up to more than 1";
  return null;
}
