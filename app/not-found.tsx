import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";

// A plain link: app/not-found.tsx is part of every route's tree, so next/link here would put its
// client code into every page's first load (the coupon table's included).
export const metadata: Metadata = {
  title: "Page not found · Coupons",
};

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-6">
      <p className="text-sm font-medium text-brand">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">
        The page you are looking for doesn&apos;t exist or may have been moved. Check the address, or head back to the coupon list.
      </p>
      <p>
        <a href="/coupons" className={buttonClass("primary", "md")}>
          Back to coupons
        </a>
      </p>
    </main>
  );
}
