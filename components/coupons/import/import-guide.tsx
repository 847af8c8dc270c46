// What the import reads, in the columns' own labels and the table's own words, with the template.
import { MAX_IMPORT_ROWS } from "@/lib/coupons/import/limits";
import type { ImportGuide as Guide } from "@/lib/coupons/import/template";

const list = (items: string[]) => items.map((item) => `“${item}”`).join(", ");

export function ImportGuide({ guide, templateHref, timeZone }: { guide: Guide; templateHref: string; timeZone: string }) {
  return (
    <div className="max-w-3xl space-y-2 text-sm text-zinc-700">
      <p>
        Use the columns of the table&apos;s CSV export (an export imports as it is), or just {guide.required.join(", ")} and one discount
        column such as {guide.discount[1]}. The first row names the columns, in any order and any case.{" "}
        <a href={templateHref} download="coupon-import-template.csv" className="focus-ring rounded-sm font-medium text-brand-700 underline">
          Download a template
        </a>
        .
      </p>
      <details className="rounded-md border border-zinc-200 bg-white px-3 py-2">
        <summary className="focus-ring cursor-pointer rounded-sm font-medium text-zinc-900">Which columns and values are read</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Needed: {list(guide.required)}, and one of {list(guide.discount)}.
          </li>
          <li>Discounts as the table writes them: {list(guide.discountExamples)}.</li>
          <li>
            “{guide.scope.label}” as the table writes it: {list(guide.scope.examples)}, with the item&apos;s name or its id. A file without
            this column makes coupons for all store products.
          </li>
          <li>Also read: {list(guide.optional)}.</li>
          <li>
            Dates as 2024-05-14 09:00, in {timeZone} unless the column names its zone, such as “{guide.dateColumn} (Europe/Berlin)”; no
            start means now. Amounts as {guide.money} or 5.00; switches as Yes or No.
          </li>
          <li>
            An export&apos;s status, uses, ids and creation dates are skipped. Save the file as “CSV UTF-8”, up to 2 MB and{" "}
            {MAX_IMPORT_ROWS.toLocaleString("en-US")} rows.
          </li>
        </ul>
      </details>
    </div>
  );
}
