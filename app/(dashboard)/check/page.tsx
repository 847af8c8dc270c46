import type { Metadata } from "next";
import { CodeChecker } from "@/components/coupons/checker/code-checker";
import { zoneName } from "@/lib/coupons/time/dates";
import { requirePermission } from "@/lib/server/auth/guards";
import { merchantCurrency, merchantTimeZone } from "@/lib/server/config";

/** The zone's short name as the page is rendered (a server component runs once per request). */
const zoneNow = (timeZone: string) => zoneName(new Date().getTime(), timeZone);

export const metadata: Metadata = { title: "Check a code · Coupons" };

// "Why doesn't my code work?": support (and merchants) type the customer's code and, if they
// like, what the customer has; the answer names the first rule that fails, or what they get.
export default async function CheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("coupons:read");
  const code = (await searchParams).code;
  const timeZone = merchantTimeZone();
  return (
    <section aria-labelledby="check-heading" className="space-y-5">
      <div>
        <h1 id="check-heading" className="text-2xl font-semibold text-zinc-900">
          Check a code
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Type the code a customer says doesn&apos;t work. Add what they have in the cart for the full answer: whether the items are
          covered, the minimum order, and what the discount comes to.
        </p>
      </div>
      <CodeChecker
        initialCode={typeof code === "string" ? code.slice(0, 40) : ""}
        timeZone={timeZone}
        zone={zoneNow(timeZone)}
        currency={merchantCurrency()}
      />
    </section>
  );
}
