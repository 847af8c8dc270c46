import "server-only";
// Reading the audit log: merchants only, checked here. Newest first, optionally for one coupon,
// found by its id or by a code: the entries that named that code then, and every entry of the
// coupon that holds it now (so a renamed code still finds its history).
import { isCouponError } from "@/lib/coupons/domain/errors";
import { authorize } from "./auth/guards";
import type { AuditPage } from "./auth/audit-log";
import { authServices } from "./auth/services";
import { couponGateway } from "./backend";
import { findCouponByCode } from "./coupons/codes";

export const AUDIT_PAGE_SIZE = 25;

async function holderOf(code: string): Promise<string | undefined> {
  try {
    return (await findCouponByCode(couponGateway(), code))?.id;
  } catch (error) {
    // The backend can't answer right now: the codes the log kept still find their entries.
    if (isCouponError(error)) return undefined;
    throw error;
  }
}

export async function readAuditLog(options: {
  couponId?: string;
  code?: string;
  page: number;
}): Promise<AuditPage & { page: number; pageCount: number; pageSize: number }> {
  await authorize("audit:read");
  const page = Number.isInteger(options.page) && options.page > 0 ? options.page : 1;
  const code = options.code?.trim() || undefined;
  const holder = code ? await holderOf(code) : undefined;
  const couponIds = [options.couponId?.trim(), holder].filter((id): id is string => Boolean(id));
  const result = await authServices().audit.list({ couponIds, code, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
  return { ...result, page, pageSize: AUDIT_PAGE_SIZE, pageCount: Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)) };
}
