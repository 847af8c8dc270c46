"use client";
import { Button } from "@/components/ui/button";

export default function CouponsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-6">
      <h2 className="text-base font-semibold text-rose-900">The coupons could not be loaded</h2>
      <p className="mt-1 text-sm text-rose-800">
        {error.digest ? `Something went wrong on the server (reference ${error.digest}).` : error.message}
      </p>
      <Button variant="danger" onClick={reset} className="mt-4">
        Try again
      </Button>
    </div>
  );
}
