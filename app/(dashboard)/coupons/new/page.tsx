import type { Metadata } from "next";
import { requirePermission } from "@/lib/server/auth/guards";
import { notFound } from "next/navigation";
import { CouponForm } from "@/components/coupons/form/coupon-form";
import { FormPageHeader } from "@/components/coupons/form/form-page-header";
import { formSettings, loadForDuplicate, newCouponStart } from "@/lib/server/coupons/form-data";

export const metadata: Metadata = { title: "New coupon" };

/** A new coupon, or with `?from=<id>` a duplicate of one: "Copy of …", a fresh code, switched off. */
export default async function NewCouponPage({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  await requirePermission("coupons:write");
  const { from } = await searchParams;
  const settings = formSettings();
  if (typeof from === "string" && from) {
    const duplicate = await loadForDuplicate(from, settings);
    if (!duplicate) notFound();
    return (
      <>
        <FormPageHeader
          title="Duplicate coupon"
          description={`A copy of “${duplicate.sourceName}” with a fresh code. It starts switched off.`}
        />
        <CouponForm mode="duplicate" settings={settings} initialValues={duplicate.values} />
      </>
    );
  }
  return (
    <>
      <FormPageHeader title="New coupon" description="Everything you choose here is a combination Wix accepts." />
      <CouponForm mode="create" settings={settings} initialValues={newCouponStart(settings)} />
    </>
  );
}
