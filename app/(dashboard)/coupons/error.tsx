"use client";
// The table page's error boundary. A plain button with the shared focus-ring utility rather than
// <Button>: this boundary is part of the /coupons first load, which has a JavaScript budget.

export default function CouponsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-6">
      <h2 className="text-base font-semibold text-rose-900">The coupons could not be loaded</h2>
      <p className="mt-1 text-sm text-rose-800">
        {error.digest ? `Something went wrong on the server (reference ${error.digest}).` : error.message}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-rose-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-800 focus-ring-rose"
      >
        Try again
      </button>
    </div>
  );
}
