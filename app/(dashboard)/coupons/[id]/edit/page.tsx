import type { Metadata } from "next";
import { requirePermission } from "@/lib/server/auth/guards";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CouponForm } from "@/components/coupons/form/coupon-form";
import { FormPageHeader } from "@/components/coupons/form/form-page-header";
import { formSettings, loadForEdit } from "@/lib/server/coupons/form-data";

export const metadata: Metadata = { title: "Edit coupon" };

export default async function EditCouponPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("coupons:write");
  const { id } = await params;
  const settings = formSettings();
  const edit = await loadForEdit(id, settings);
  if (!edit) notFound();
  return (
    <>
      <FormPageHeader
        title={`Edit “${edit.values.name}”`}
        description="Only the fields you change are saved."
        actions={
          <Link
            href={`/coupons/new?from=${encodeURIComponent(edit.id)}`}
            className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Duplicate
          </Link>
        }
      />
      <CouponForm
        mode="edit"
        settings={settings}
        initialValues={edit.values}
        edit={{ id: edit.id, type: edit.type, specification: edit.specification, revision: edit.revision }}
      />
    </>
  );
}
