// A plain link: this boundary belongs to every route, and next/link would add its router code to
// each of their first loads for one click from an error page. The reason is the role table's own
// words (roles.ts): only support meets this page, whatever route refused it.
import { roleScope } from "@/lib/auth/roles";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 p-6">
      <p className="text-sm font-medium text-brand">403</p>
      <h1 className="text-2xl font-semibold text-zinc-900">You don&apos;t have access to this page</h1>
      <p className="text-zinc-600">{roleScope("support")} Ask a merchant if you need access.</p>
      <p>
        <a href="/coupons" className={buttonClass("primary", "md")}>
          Back to coupons
        </a>
      </p>
    </main>
  );
}
