import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/server/auth/guards";
import { currentUser, signInNeedsHttpsHere } from "@/lib/server/auth/request";
import { demoAccountsHint } from "@/lib/server/auth/bootstrap";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in · Coupons" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(next);
  if (await currentUser()) redirect(nextPath);
  const demoHint = demoAccountsHint();
  const needsHttps = await signInNeedsHttpsHere();
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-zinc-50 to-zinc-100 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <span
            aria-hidden="true"
            className="flex h-11 w-11 items-center justify-center rounded-xl bg-brand text-lg font-bold text-white shadow-sm"
          >
            %
          </span>
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Sign in to Coupons</h1>
          <p className="text-sm text-zinc-600">Manage your store&apos;s discount codes.</p>
        </div>
        {needsHttps ? (
          <p role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <span className="font-medium">Sign-in won&apos;t stick at this address.</span> Over plain http the browser keeps the session
            cookie only on localhost: open this page at <code className="font-mono text-xs">http://localhost</code>, or serve the dashboard
            over https.
          </p>
        ) : null}
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
          <LoginForm next={nextPath} />
        </div>
        {demoHint ? (
          <p className="mt-6 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
            <span className="font-medium">Demo store.</span> The demo accounts&apos; passwords were printed in the server log at the first
            start and saved in <code className="rounded bg-sky-100 px-1 font-mono text-xs">demo-credentials.txt</code> in the data
            directory.
          </p>
        ) : null}
      </div>
    </main>
  );
}
