// A plain link: this boundary belongs to every route, and next/link would add its router code to
// each of their first loads for one click from an error page.

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 p-6">
      <p className="text-sm font-medium text-brand">403</p>
      <h1 className="text-2xl font-semibold text-zinc-900">You don&apos;t have access to this page</h1>
      <p className="text-zinc-600">
        Your role can read and search coupons but not manage users or read the audit log. Ask a merchant if you need access.
      </p>
      <p>
        <a
          href="/coupons"
          className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
        >
          Back to coupons
        </a>
      </p>
    </main>
  );
}
