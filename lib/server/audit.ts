import "server-only";
// Reading the audit log: merchants only, checked here. Newest first, optionally for one coupon.
import { authorize } from "./auth/guards";
import type { AuditPage } from "./auth/audit-log";
import { authServices } from "./auth/services";

export const AUDIT_PAGE_SIZE = 25;

export async function readAuditLog(options: { couponId?: string; page: number }): Promise<AuditPage & { page: number; pageCount: number; pageSize: number }> {
  await authorize("audit:read");
  const page = Number.isInteger(options.page) && options.page > 0 ? options.page : 1;
  const couponId = options.couponId?.trim() || undefined;
  const result = authServices().audit.list({ couponId, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
  return { ...result, page, pageSize: AUDIT_PAGE_SIZE, pageCount: Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)) };
}
