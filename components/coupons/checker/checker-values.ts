// The checker form's values as typed (text, so nothing is coerced), and the action's input made
// from them. Wrong numbers are left for the server's schema to name, field by field.
import type { CartLine } from "@/lib/coupons/checker/types";
import { toNumber } from "@/lib/coupons/form/form-schema";
import { fromZonedInput } from "@/lib/coupons/time/zoned-input";

export interface LineValues {
  /** "stores/product", "bookings/service", … */
  kind: string;
  item: { id: string; name: string };
  quantity: string;
  unitPrice: string;
}

export interface CheckerValues {
  code: string;
  /** "yyyy-MM-ddTHH:mm" in the merchant's zone; empty: now. */
  when: string;
  subtotal: string;
  lines: LineValues[];
  plan: { id: string; name: string };
}

export const emptyLine = (kind: string): LineValues => ({ kind, item: { id: "", name: "" }, quantity: "1", unitPrice: "" });

const number = (text: string) => (text.trim() === "" ? undefined : toNumber(text));

export interface CheckInput {
  code: string;
  lines: CartLine[];
  subtotal?: number;
  at?: number;
  planId?: string;
}

export type ToInput = { ok: true; input: CheckInput } | { ok: false; field: string; message: string };

export function toCheckInput(values: CheckerValues, timeZone: string): ToInput {
  let at: number | undefined;
  if (values.when.trim()) {
    const parsed = fromZonedInput(values.when, timeZone);
    if (!parsed.ok)
      return {
        ok: false,
        field: "when",
        message: parsed.reason === "skipped" ? "The clocks skip that time; pick another." : "Enter a date and a time such as 14:30.",
      };
    at = parsed.ms;
  }
  const unpicked = values.lines.findIndex((line) => !line.item.id);
  if (unpicked >= 0) return { ok: false, field: `lines.${unpicked}.item`, message: "Pick the item, or remove this line." };
  const lines = values.lines.map((line): CartLine => {
    const [namespace = "", group = ""] = line.kind.split("/");
    return {
      item: { namespace, group, id: line.item.id, name: line.item.name },
      quantity: number(line.quantity) ?? Number.NaN,
      unitPrice: number(line.unitPrice) ?? Number.NaN,
    };
  });
  const subtotal = number(values.subtotal);
  return {
    ok: true,
    input: {
      code: values.code,
      lines,
      ...(subtotal !== undefined ? { subtotal } : {}),
      ...(at !== undefined ? { at } : {}),
      ...(values.plan.id ? { planId: values.plan.id } : {}),
    },
  };
}
