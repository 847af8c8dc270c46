import "server-only";
// One call to Wix, with the resilience rules in one place: every attempt has a timeout and passes
// the per-site throttle; a retry waits a jittered exponential backoff and stays inside a total time
// budget; and only requests that are safe to repeat are repeated.
import { CouponError } from "@/lib/coupons/domain/errors";
import { fromWixError } from "./errors";
import { realClock, Throttle, type Clock, type Lane, type RequestThrottle } from "./throttle";

/**
 * - "safe": reads, deletes and updates (a PATCH sets absolute values, so sending it twice ends in
 *   the same state); retried on 429, 5xx, lost connections and timeouts.
 * - "unprocessed-only": creates; retried only on 429, which Wix answers before doing anything.
 *   Any other failure is handed back so the caller can find out what happened (see safe-create.ts).
 */
export type RetryMode = "safe" | "unprocessed-only";

export interface WixRequest {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  retry: RetryMode;
}

export interface WixHttpOptions {
  baseUrl: string;
  apiKey: string;
  siteId: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** For the whole call, retries and waits included. */
  budgetMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  throttle?: RequestThrottle;
  /** The throttle's lane: people's requests are interactive; scheduled work runs in the background. */
  lane?: Lane;
  fetch?: typeof fetch;
  clock?: Clock;
  /** 0 ≤ x < 1; the jitter's source, injectable so tests are deterministic. */
  random?: () => number;
}

type FailureKind = "http" | "network" | "timeout";

/** A call that failed after its last attempt. */
export class WixCallFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly attempts: number,
    readonly request: WixRequest,
    readonly status?: number,
    readonly body?: unknown,
    readonly retryAfterMs?: number,
    /** An earlier attempt of this call may have been carried out although no answer arrived. */
    readonly afterUnknownOutcome = false,
  ) {
    super(`${request.method} ${request.path}: ${kind === "http" ? `status ${status}` : kind} after ${attempts} attempt(s)`);
    this.name = "WixCallFailure";
  }

  /** Wix may have done the work although no answer arrived: a lost connection, a timeout, a 5xx. */
  get outcomeUnknown(): boolean {
    return this.kind !== "http" || (this.status ?? 0) >= 500;
  }

  toCouponError(): CouponError {
    if (this.kind === "http") return fromWixError(this.status!, this.body);
    const what = this.kind === "timeout" ? "did not answer in time" : "could not be reached";
    return new CouponError("UNAVAILABLE", `Wix ${what} (${this.attempts} attempt${this.attempts > 1 ? "s" : ""}). Try again in a moment.`);
  }
}

function retryable(mode: RetryMode, failure: WixCallFailure): boolean {
  if (failure.kind === "http" && failure.status === 429) return true;
  if (mode === "unprocessed-only") return false;
  return failure.kind !== "http" || failure.status! >= 500;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class WixHttp {
  readonly baseUrl: string;
  private readonly o: Required<Omit<WixHttpOptions, "baseUrl">>;

  constructor(options: WixHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.o = {
      timeoutMs: 8_000,
      budgetMs: 15_000,
      maxAttempts: 6,
      baseDelayMs: 250,
      maxDelayMs: 5_000,
      throttle: new Throttle(),
      lane: "interactive",
      fetch: globalThis.fetch.bind(globalThis),
      clock: realClock,
      random: Math.random,
      ...options,
    };
  }

  /** Full jitter: a random wait up to the exponential step, so many clients don't retry in step. */
  private backoff(attempt: number, failure: WixCallFailure): number {
    const step = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (attempt - 1));
    const jittered = Math.floor(this.o.random() * step);
    return Math.max(jittered, failure.retryAfterMs ?? 0);
  }

  /** Sends the request; resolves with the parsed JSON body of a 2xx, or throws a WixCallFailure. */
  async call(request: WixRequest): Promise<unknown> {
    const { clock } = this.o;
    let unknownOutcome = false;
    let deadline = Number.POSITIVE_INFINITY;
    let last: WixCallFailure | undefined;
    for (let attempt = 1; ; attempt++) {
      await this.o.throttle.acquire(this.o.lane);
      // The budget starts with the first request that goes out, not with the wait for the throttle;
      // a retry that only got its turn after the budget ran out is not sent.
      if (attempt === 1) deadline = clock.now() + this.o.budgetMs;
      else if (last && clock.now() >= deadline) throw last;
      const failure = await this.attempt(request, attempt, unknownOutcome, Math.min(this.o.timeoutMs, deadline - clock.now()));
      if (!(failure instanceof WixCallFailure)) return failure.json;
      last = failure;
      if (!retryable(request.retry, failure) || attempt >= this.o.maxAttempts) throw failure;
      const delay = this.backoff(attempt, failure);
      if (clock.now() + delay >= deadline) throw failure;
      unknownOutcome ||= failure.outcomeUnknown;
      await clock.sleep(delay);
    }
  }

  private async attempt(
    request: WixRequest,
    attempt: number,
    unknownBefore: boolean,
    timeoutMs: number,
  ): Promise<{ json: unknown } | WixCallFailure> {
    const fail = (kind: FailureKind, status?: number, body?: unknown, retryAfter?: number) =>
      new WixCallFailure(kind, attempt, request, status, body, retryAfter, unknownBefore);
    try {
      const response = await this.o.fetch(`${this.baseUrl}${request.path}`, {
        method: request.method,
        headers: {
          Authorization: this.o.apiKey,
          "wix-site-id": this.o.siteId,
          Accept: "application/json",
          ...(request.body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
      });
      const text = await response.text();
      let json: unknown = {};
      if (text.trim() !== "") {
        try {
          json = JSON.parse(text);
        } catch {
          if (response.ok)
            throw new CouponError("INTERNAL", `Wix answered ${request.method} ${request.path} with something that is not JSON.`);
          json = { message: text.slice(0, 200) };
        }
      }
      if (response.ok) return { json };
      return fail("http", response.status, json, retryAfterMs(response.headers.get("retry-after")));
    } catch (error) {
      if (error instanceof CouponError) throw error;
      const name = (error as { name?: string })?.name;
      return fail(name === "TimeoutError" || name === "AbortError" ? "timeout" : "network");
    }
  }
}
