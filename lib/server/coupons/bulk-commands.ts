import "server-only";
// Bulk coupon changes (switch on/off, delete), for the server actions: each checks the caller, reports
// per coupon, and writes one audit entry naming the coupons it actually changed.
import { listInWords } from "@/lib/words";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";
import { MAX_LIMIT, parseQuery } from "@/lib/coupons/query/query";
import { authorize } from "../auth/guards";
import { authServices } from "../auth/services";
import { bulkGateway } from "../backend";
import { withTestFaults } from "../test-faults";
import { actorOf } from "./commands";

/** The gateway bulk work goes through: behind page views in the Wix throttle; test faults can fail it. */
const bulk = () => withTestFaults(bulkGateway());

export interface BulkOutcome {
  succeeded: string[];
  failed: { id: string; message: string }[];
  /** Each coupon's code, as it was before the run, so the outcome and the log can name them. */
  codes: Record<string, string>;
  /** The coupons this run actually changed (switching on one that was on changes nothing): what Undo reverses. */
  changed: string[];
}

/** These coupons as they are, in one query (one call on Wix for up to 100). */
async function currentOf(backend: CouponGateway, ids: string[]) {
  const { items } = await backend.query(parseQuery({ filter: { _id: { $hasSome: ids } }, paging: { limit: MAX_LIMIT } }));
  return new Map(items.map((c) => [c.id, c]));
}

const codesIn = (coupons: Map<string, { specification: { code: string } }>) =>
  Object.fromEntries([...coupons].map(([id, c]) => [id, c.specification.code]));

/** The coupons, with their codes, in the codes' order, as the log lists them. */
const byCode = (ids: string[], codes: Record<string, string>) =>
  ids.map((id) => ({ id, code: codes[id] })).sort((a, b) => (a.code ?? a.id).localeCompare(b.code ?? b.id));

/** "SUMMER10, WINTER5 and 3 more": the coupons a bulk run changed, by code, in alphabetical order. */
export function namedCodes(ids: string[], codes: Record<string, string>, shown = 5): string {
  const names = ids.map((id) => codes[id] ?? id).sort((a, b) => a.localeCompare(b));
  if (names.length <= shown) return listInWords(names, "and");
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

const plural = (n: number) => `${n} ${n === 1 ? "coupon" : "coupons"}`;

export async function bulkSetActive(ids: string[], active: boolean): Promise<BulkOutcome> {
  const user = await authorize("coupons:write");
  const backend = bulk();
  const current = await currentOf(backend, ids);
  const outcome: BulkOutcome = { succeeded: [], failed: [], codes: codesIn(current), changed: [] };
  // Wix has no bulk update for coupons; one update each, reported per coupon. One already in the
  // state asked for is left alone: no call, and nothing for Undo to reverse.
  for (const id of ids) {
    try {
      const already = current.get(id);
      if (already && (already.specification.active !== false) === active) {
        outcome.succeeded.push(id);
        continue;
      }
      await backend.update(id, { active });
      outcome.succeeded.push(id);
      outcome.changed.push(id);
    } catch (error) {
      outcome.failed.push({ id, message: error instanceof Error ? error.message : "Could not be updated." });
    }
  }
  if (outcome.changed.length > 0) {
    await authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkSetActive",
      targetType: "coupon",
      coupons: byCode(outcome.changed, outcome.codes),
      summary: `${active ? "Activated" : "Deactivated"} ${plural(outcome.changed.length)}: ${namedCodes(outcome.changed, outcome.codes)}`,
      details: { active, ...outcome },
    });
  }
  return outcome;
}

export async function bulkDelete(ids: string[]): Promise<BulkOutcome> {
  const user = await authorize("coupons:write");
  const backend = bulk();
  const codes = codesIn(await currentOf(backend, ids));
  const result = await backend.bulkDelete(ids);
  const outcome: BulkOutcome = { succeeded: [], failed: [], codes, changed: [] };
  for (const item of result.results) {
    const id = ids[item.originalIndex]!;
    if (item.success) {
      outcome.succeeded.push(id);
      outcome.changed.push(id);
    } else outcome.failed.push({ id, message: item.error?.description ?? "Could not be deleted." });
  }
  if (outcome.succeeded.length > 0) {
    await authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkDelete",
      targetType: "coupon",
      coupons: byCode(outcome.succeeded, outcome.codes),
      summary: `Deleted ${plural(outcome.succeeded.length)}: ${namedCodes(outcome.succeeded, outcome.codes)}`,
      details: outcome,
    });
  }
  return outcome;
}
