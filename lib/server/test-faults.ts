import "server-only";
// Opt-in failures for end-to-end tests: off unless COUPON_FAULT_DIR names a directory, which no
// default configuration does. A file in it arms one fault:
//   save-unavailable        the next create or update fails as UNAVAILABLE (the file is consumed)
//   catalogue-unavailable   catalogue searches answer "unavailable" while the file exists
import { existsSync, unlinkSync } from "node:fs";
import path from "node:path";
import { CouponError } from "@/lib/coupons/domain/errors";
import type { CouponGateway } from "@/lib/coupons/domain/gateway";

export type Fault = "save-unavailable" | "catalogue-unavailable";

function faultFile(fault: Fault): string | null {
  const dir = process.env.COUPON_FAULT_DIR;
  return dir ? path.join(dir, fault) : null;
}

export function isFaultArmed(fault: Fault): boolean {
  const file = faultFile(fault);
  return file !== null && existsSync(file);
}

/** Disarms the fault and says whether it was armed, so it fires exactly once. */
function takeFault(fault: Fault): boolean {
  const file = faultFile(fault);
  if (!file) return false;
  try {
    unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}

function failSave(): void {
  if (takeFault("save-unavailable")) throw new CouponError("UNAVAILABLE", "The coupon backend is unavailable (test fault).");
}

/** The gateway itself, or (only with COUPON_FAULT_DIR set) one whose writes can be made to fail. */
export function withTestFaults(gateway: CouponGateway): CouponGateway {
  if (!process.env.COUPON_FAULT_DIR) return gateway;
  return {
    get label() {
      return gateway.label;
    },
    get capabilities() {
      return gateway.capabilities;
    },
    create: async (specification) => (failSave(), gateway.create(specification)),
    update: async (id, update) => (failSave(), gateway.update(id, update)),
    get: (id) => gateway.get(id),
    delete: (id) => gateway.delete(id),
    query: (query) => gateway.query(query),
    bulkCreate: (specifications, options) => gateway.bulkCreate(specifications, options),
    bulkDelete: (ids) => gateway.bulkDelete(ids),
  };
}
