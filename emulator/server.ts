import "server-only";
// A Wix-compatible HTTP server over the embedded store: Wix's paths, wire format, error bodies and
// API-key check, plus opt-in faults. Tests start it in-process on port 0; `npm run emulator` on a
// fixed port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CouponError, isCouponError } from "@/lib/coupons/domain/errors";
import type { SqliteCouponStore } from "@/lib/server/store/coupon-store";
import { checkAuth } from "./auth";
import { Faults, type FaultOptions } from "./faults";
import { errorOut } from "./codec/responses";
import { findRoute, type SiteSettings } from "./routes";
import { catalogVersionRefusal, deniedCatalogueApp } from "./catalogue-routes";
import type { CatalogVersion } from "./codec/catalogue";

const MAX_BODY_BYTES = 1_000_000;
/** The emulator's own request log (GET, with the API key): `{ requests: [{ at, method, path, outcome }] }`, `?since=<ms>`. */
export const REQUEST_LOG_PATH = "/_emulator/requests";

export interface EmulatorOptions {
  store: SqliteCouponStore;
  apiKey: string;
  faults?: FaultOptions;
  /**
   * Whether the key may read data items (Wix's Read Data Items permission). false: the Data Items
   * query is refused with 403, as Wix refuses a key that has only Manage Coupons. Default true.
   */
  dataItems?: boolean;
  /**
   * Catalogues the key may not read (kind keys such as "stores/product" or "events/event", or "*"
   * for all): their query endpoints answer 403, as Wix refuses a key without that app's read
   * permission. Default none.
   */
  deniedCatalogues?: string[];
  /**
   * Which Stores catalogue the site runs, as Catalog Versioning answers (GET
   * /stores/v3/provision/version). Stores reads of the other version answer 428, as Wix's do; with
   * STORES_NOT_INSTALLED both are refused. Default "V1_CATALOG".
   */
  catalogVersion?: CatalogVersion;
  /**
   * The key has Wix Stores' Read Products but not Manage Products: a Catalog V1 query with
   * includeHiddenProducts (or includeMerchantSpecificData) answers 403, and Catalog V3 reads leave
   * hidden products out. Default false.
   */
  productsReadOnly?: boolean;
  /** One line per request; off by default. */
  log?: (line: string) => void;
}

export interface RequestRecord {
  /** When it arrived (ms). */
  at: number;
  method: string;
  path: string;
  /** The status sent, or "dropped". */
  outcome: number | "dropped";
  /** The JSON body as received (undefined when it couldn't be read): tests check what was sent. */
  body?: Record<string, unknown>;
}

class BodyProblem extends Error {}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new BodyProblem("The request body is larger than 1 MB."));
      else chunks.push(chunk);
    });
    req.on("error", reject);
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      if (text.trim() === "") return resolve({});
      try {
        const json: unknown = JSON.parse(text);
        if (json === null || typeof json !== "object" || Array.isArray(json)) reject(new BodyProblem("The request body is a JSON object."));
        else resolve(json as Record<string, unknown>);
      } catch {
        reject(new BodyProblem("The request body is not valid JSON."));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Emulator {
  readonly store: SqliteCouponStore;
  readonly faults: Faults;
  /** Every request seen, in order: tests count retries with it. */
  readonly requests: RequestRecord[] = [];
  private readonly server: Server;
  private readonly settings: SiteSettings;
  private address?: AddressInfo;

  constructor(private readonly options: EmulatorOptions) {
    this.store = options.store;
    this.settings = { catalogVersion: options.catalogVersion ?? "V1_CATALOG", productsReadOnly: options.productsReadOnly ?? false };
    this.faults = new Faults(options.faults);
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  get url(): string {
    if (!this.address) throw new Error("The emulator is not listening yet.");
    return `http://127.0.0.1:${this.address.port}`;
  }

  /** Listens on 127.0.0.1 only; port 0 picks a free port. Resolves with the base URL. */
  listen(port = 0): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => {
        this.address = this.server.address() as AddressInfo;
        resolve(this.url);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private record(method: string, path: string, outcome: RequestRecord["outcome"], body?: Record<string, unknown>): void {
    this.requests.push({ at: Date.now(), method, path, outcome, ...(body ? { body } : {}) });
    this.options.log?.(`${method} ${path} → ${outcome}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://emulator").pathname;
    let received: Record<string, unknown> | undefined;
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      this.record(method, path, status, received);
      send(res, status, body, headers);
    };
    const replyError = (error: CouponError, prefix = "") => {
      const { status, body } = errorOut(error, prefix);
      reply(status, body);
    };
    const drop = () => {
      this.record(method, path, "dropped", received);
      req.socket.destroy();
    };

    try {
      const body = await readBody(req);
      received = body;
      const fault = this.faults.decide(method, path);
      if (fault.latencyMs > 0) await sleep(fault.latencyMs);
      if (fault.kind === "drop" && fault.when === "before") return drop();
      if (fault.kind === "status") {
        const retryAfter = this.faults.retryAfterSeconds;
        const error =
          fault.status === 429
            ? new CouponError("UNAVAILABLE", "Too many requests; slow down.")
            : new CouponError("UNAVAILABLE", "The service is unavailable; try again later.");
        const { body: errorBody } = errorOut(error);
        return reply(
          fault.status,
          errorBody,
          fault.status === 429 && retryAfter !== undefined ? { "Retry-After": String(retryAfter) } : {},
        );
      }

      const denied = checkAuth(req.headers, this.options.apiKey);
      if (denied) return replyError(denied);

      // Not a Wix endpoint: what reached this emulator and when, so a test run with several app
      // instances can count the calls they made together (e.g. per minute). Itself not counted.
      if (method === "GET" && path === REQUEST_LOG_PATH) {
        const since = Number(new URL(req.url ?? "/", "http://emulator").searchParams.get("since") ?? 0);
        const seen = this.requests
          .filter((r) => r.at >= since)
          .map(({ at, method: m, path: p, outcome }) => ({ at, method: m, path: p, outcome }));
        return send(res, 200, { requests: seen });
      }

      if (this.options.dataItems === false && path.startsWith("/wix-data/")) {
        return replyError(new CouponError("PERMISSION_DENIED", "The API key has no permission to read data items."));
      }
      const refusedApp = deniedCatalogueApp(method, path, this.options.deniedCatalogues);
      if (refusedApp) return replyError(new CouponError("PERMISSION_DENIED", `The API key has no permission for ${refusedApp}.`));
      const wrongCatalog = catalogVersionRefusal(method, path, this.settings.catalogVersion);
      if (wrongCatalog) return reply(wrongCatalog.status, wrongCatalog.body);

      const found = findRoute(method, path);
      if (!found) return replyError(new CouponError("NOT_FOUND", `Wix has no endpoint ${method} ${path}.`));
      let answer: { status: number; body: unknown };
      try {
        answer = {
          status: 200,
          body: await found.route.handle({ store: this.store, params: found.params, body, settings: this.settings }),
        };
      } catch (error) {
        if (!isCouponError(error)) throw error;
        answer = errorOut(error, found.route.fieldPrefix);
      }
      // Dropped after the work is done: the client can't tell whether it happened.
      if (fault.kind === "drop") return drop();
      reply(answer.status, answer.body);
    } catch (error) {
      if (error instanceof BodyProblem)
        return replyError(new CouponError("INVALID_ARGUMENT", error.message, [{ field: "", description: error.message }]));
      if (error instanceof URIError)
        return replyError(
          new CouponError("INVALID_ARGUMENT", "The path is not valid.", [{ field: "", description: "The path is not valid." }]),
        );
      console.error("[emulator]", error);
      replyError(new CouponError("INTERNAL", "Something went wrong in the emulator."));
    }
  }
}

export function createEmulator(options: EmulatorOptions): Emulator {
  return new Emulator(options);
}
