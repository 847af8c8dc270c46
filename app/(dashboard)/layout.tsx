import { headers } from "next/headers";
// Plain links: the table navigates in-page (History API), so next/link would only add its router
// code to every dashboard page's first load.
import { QueryProvider } from "@/components/providers/query-provider";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/server/auth/guards";
import { backendNotice, couponGateway } from "@/lib/server/backend";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/ui/nav-link";
import { CheckShortcut } from "@/components/coupons/checker/check-shortcut";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // Layouts don't re-render on client navigation, so every page and action checks again itself.
  const user = await requireUser();
  const currentPath = (await headers()).get("x-request-path") ?? "";
  const backendLabel = couponGateway().label;
  const notice = backendNotice();
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="border-b border-zinc-200 bg-white">
        {/* One line on a phone: the title and the account's address make way for the nav and Sign out. */}
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-2 sm:gap-x-6 sm:px-6 sm:py-3">
          <div className="flex items-center gap-6">
            <a href="/coupons" className="hidden text-base font-semibold text-zinc-900 sm:inline">
              Coupon dashboard
            </a>
            <nav aria-label="Main" className="flex items-center gap-1">
              <NavLink href="/coupons" currentPath={currentPath}>
                Coupons
              </NavLink>
              <NavLink href="/attention" currentPath={currentPath}>
                <span className="sm:hidden">Attention</span>
                <span className="hidden sm:inline">Needs attention</span>
              </NavLink>
              <NavLink href="/families" currentPath={currentPath} wideOnly>
                Families
              </NavLink>
              {/* Not on a phone, where the header must stay on one line: the coupon drawer links to it there. */}
              <NavLink href="/check" currentPath={currentPath} ariaKeyShortcuts="C" wideOnly>
                Check a code
                <kbd
                  aria-hidden="true"
                  className="ml-1.5 rounded border border-zinc-300 bg-zinc-50 px-1 font-sans text-xs text-zinc-600"
                  title="Press C anywhere to check a code"
                >
                  C
                </kbd>
              </NavLink>
              {can(user.role, "users:manage") ? (
                <NavLink href="/users" currentPath={currentPath}>
                  Users
                </NavLink>
              ) : null}
              {can(user.role, "audit:read") ? (
                <NavLink href="/audit" currentPath={currentPath}>
                  {/* Short words on a phone, so the header stays on one line. */}
                  <span className="sm:hidden">Audit</span>
                  <span className="hidden sm:inline">Audit log</span>
                </NavLink>
              ) : null}
            </nav>
          </div>
          <div className="flex items-center gap-4">
            <p className="hidden items-center gap-2 text-sm text-zinc-600 md:flex">
              <span aria-hidden="true" className={`h-2 w-2 rounded-full ${notice ? "bg-amber-500" : "bg-emerald-500"}`} />
              <span>
                <span className="sr-only">Backend: </span>
                {backendLabel}
              </span>
            </p>
            <div className="flex items-center gap-3 sm:border-l sm:border-zinc-200 sm:pl-4">
              <p className="text-right text-sm leading-tight" title={`${user.email} · ${ROLE_LABELS[user.role]}`}>
                <span className="sr-only">Signed in as </span>
                <span className="sr-only font-medium text-zinc-900 sm:not-sr-only sm:block">{user.email}</span>
                <span className="hidden text-xs text-zinc-600 sm:block">{ROLE_LABELS[user.role]}</span>
              </p>
              <SignOutButton />
            </div>
          </div>
        </div>
        {notice ? (
          <div role="alert" className="border-t border-amber-200 bg-amber-50">
            <p className="mx-auto max-w-[96rem] px-6 py-2 text-sm text-amber-900">{notice}</p>
          </div>
        ) : null}
      </header>
      <CheckShortcut />
      <main className="mx-auto max-w-[96rem] px-4 py-4 sm:px-6 sm:py-6">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
