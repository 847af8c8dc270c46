import type { Metadata } from "next";
import { ImportCoupons } from "@/components/coupons/import/import-coupons";
import { importGuide, importTemplate } from "@/lib/coupons/import/template";
import { requirePermission } from "@/lib/server/auth/guards";
import { merchantCurrency, merchantTimeZone } from "@/lib/server/config";

export const metadata: Metadata = { title: "Import coupons · Coupons" };

/** The template as a link, dated from now: made on the server, so the page's HTML and the browser's agree. */
const templateHref = (timeZone: string, currency: string) =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(importTemplate(timeZone, currency, Date.now()))}`;

// Coupons from a spreadsheet: the merchant picks a CSV (an export of the table, or code, name and
// percent off), sees what every row would become before anything is written, then creates the
// valid ones as an imported code family, whose page creates them in batches.
export default async function ImportPage() {
  await requirePermission("coupons:write");
  const timeZone = merchantTimeZone();
  const currency = merchantCurrency();
  return (
    <section aria-labelledby="import-heading" className="space-y-5">
      <div>
        <h1 id="import-heading" className="text-2xl font-semibold text-zinc-900">
          Import coupons
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Create many coupons from a spreadsheet. Every row is checked first, with the same rules as the coupon form, and nothing is created
          until you have seen what each row will become.
        </p>
      </div>
      <ImportCoupons guide={importGuide(currency)} templateHref={templateHref(timeZone, currency)} timeZone={timeZone} />
    </section>
  );
}
