import "server-only";
// One batch of a family's codes: up to 100 pending codes claimed, sent in one bulk create, and each
// outcome kept. A code Wix says exists is looked up: if it holds this very coupon (an earlier batch
// whose answer was lost), it is ours and counts as created; a generated code that collides with
// someone else's gets a new code for the next batch; an imported row fails with the reason.
import type { BulkItemResult, CouponGateway } from "@/lib/coupons/domain/gateway";
import { MAX_BULK } from "@/lib/coupons/domain/gateway";
import { uniqueCodes } from "@/lib/coupons/families/code-pattern";
import type { Coupon } from "@/lib/coupons/domain/model";
import { parseQuery } from "@/lib/coupons/query/query";
import { sameSpecification } from "@/lib/coupons/domain/spec-equality";
import type { CouponSpecification } from "@/lib/coupons/domain/specification";
import type { Family, FamilyCode, FamilyProgress, FamilyStore } from "./family-store";

/** How long a batch holds its codes: longer than a bulk create with its retries can take. */
export const BATCH_LEASE_MS = 2 * 60_000;

export interface BatchReport {
  progress: FamilyProgress;
  /** This batch's new coupons, for the audit log and the page's list. */
  created: { id: string; code: string }[];
  failed: { code: string; problem: string }[];
  /** Codes that collided and were made again, to go in a later batch. */
  remade: number;
  /** Another tab or instance holds the remaining codes right now. */
  heldElsewhere: number;
}

export const specificationOf = (family: Family, code: FamilyCode): CouponSpecification =>
  code.specification ?? ({ ...family.template, code: code.code } as CouponSpecification);

async function findByCodes(gateway: CouponGateway, codes: string[]): Promise<Map<string, Coupon>> {
  const found = new Map<string, Coupon>();
  for (let i = 0; i < codes.length; i += MAX_BULK) {
    const { items } = await gateway.query({
      ...parseQuery({ filter: { code: { $hasSome: codes.slice(i, i + MAX_BULK) } } }),
      limit: MAX_BULK,
      offset: 0,
    });
    for (const coupon of items) found.set(coupon.specification.code.toUpperCase(), coupon);
  }
  return found;
}

const problemOf = (result: BulkItemResult) =>
  result.error?.violations?.map((v) => v.description).join(" ") || result.error?.description || "Wix didn't create it and gave no reason.";

export async function runBatch(families: FamilyStore, gateway: CouponGateway, family: Family): Promise<BatchReport> {
  const claimed = await families.claim(family.id, MAX_BULK, BATCH_LEASE_MS);
  const report: BatchReport = { progress: await families.progress(family.id), created: [], failed: [], remade: 0, heldElsewhere: 0 };
  if (claimed.length === 0) return { ...report, heldElsewhere: await families.heldElsewhere(family.id) };

  const specs = claimed.map((code) => specificationOf(family, code));
  let results: BulkItemResult[];
  try {
    results = (await gateway.bulkCreate(specs, { returnFullEntity: false })).results;
  } catch (error) {
    // No answer: the codes go back to pending, and the next batch settles them by code.
    await families.release(
      family.id,
      claimed.map((c) => c.position),
    );
    throw error;
  }

  const exists = results.filter((r) => !r.success && r.error?.code === "ALREADY_EXISTS").map((r) => specs[r.originalIndex]!.code);
  const found = exists.length ? await findByCodes(gateway, exists) : new Map<string, Coupon>();
  const taken = new Set((await families.codes(family.id)).map((c) => c.code.toUpperCase()));
  const outcomes = results.map((result) => {
    const code = claimed[result.originalIndex]!;
    const spec = specs[result.originalIndex]!;
    if (result.success && result.id) {
      report.created.push({ id: result.id, code: spec.code });
      return { position: code.position, outcome: "created" as const, couponId: result.id };
    }
    const holder = result.error?.code === "ALREADY_EXISTS" ? found.get(spec.code.toUpperCase()) : undefined;
    if (holder && sameSpecification(spec, holder.specification)) {
      report.created.push({ id: holder.id, code: spec.code });
      return { position: code.position, outcome: "created" as const, couponId: holder.id };
    }
    if (result.error?.code === "ALREADY_EXISTS" && family.pattern) {
      const [fresh] = uniqueCodes(family.pattern, 1, taken);
      taken.add(fresh!.toUpperCase());
      report.remade++;
      return { position: code.position, outcome: "pending" as const, code: fresh! };
    }
    const problem = problemOf(result);
    report.failed.push({ code: spec.code, problem });
    return { position: code.position, outcome: "failed" as const, problem };
  });
  await families.settle(family.id, outcomes);
  return { ...report, progress: await families.progress(family.id) };
}
