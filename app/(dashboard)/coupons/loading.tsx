export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading coupons…</span>
      <div className="h-8 w-40 animate-pulse rounded bg-zinc-200" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-10 animate-pulse rounded bg-zinc-100" />
      ))}
    </div>
  );
}
