import { FormSkeleton } from "@/components/coupons/form/form-skeleton";

export default function Loading() {
  return <FormSkeleton label="Loading the coupon form…" />;
}
