// Shown while a form page loads: the two columns' shape, so nothing jumps when the form arrives.
export function FormSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <span className="sr-only">{label}</span>
      <div className="space-y-6">
        <div className="h-8 w-48 animate-pulse rounded bg-zinc-200" />
        {[40, 56, 48].map((height) => (
          <div
            key={height}
            className="animate-pulse rounded-xl border border-zinc-200 bg-white p-6"
            style={{ height: `${height * 4}px` }}
          />
        ))}
      </div>
      <div className="h-72 animate-pulse rounded-xl border border-zinc-200 bg-white" />
    </div>
  );
}
