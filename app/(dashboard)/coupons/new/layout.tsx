import { requirePermission } from "@/lib/server/auth/guards";

// Checked here as well as in the page: a layout runs before the page's loading boundary starts
// streaming, so a support user gets a real 403, not a 200 that shows the forbidden page.
export default async function MerchantOnlyLayout({ children }: { children: React.ReactNode }) {
  await requirePermission("coupons:write");
  return children;
}
