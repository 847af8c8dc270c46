import type { Metadata } from "next";
import { requirePermission } from "@/lib/server/auth/guards";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CouponForm } from "@/components/coupons/form/coupon-form";
import { FormPageHeader } from "@/components/coupons/form/form-page-header";
import { formSettings, loadForEdit } from "@/lib/server/coupons/form-data";
import { buttonClass } from "@/components/ui/button";

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
          <Link href={`/coupons/new?from=${encodeURIComponent(edit.id)}`} className={buttonClass("secondary", "md")}>
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
