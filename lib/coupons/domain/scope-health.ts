// Scope health: whether the one item a coupon points at can still be bought. Wix sends no notice
// when a product is deleted or hidden or an event ends, so a coupon can go on "working" for
// nothing. Pure rules; the sweep that asks the catalogue is lib/server/catalogue/scope-health.ts.
import type { CatalogueItem } from "./catalogue";
import { formatDateTime } from "../time/dates";

export type ItemProblemKind = "gone" | "hidden" | "ended";

export interface ItemProblem {
  kind: ItemProblemKind;
  /** One sentence a merchant acts on: "The product was deleted from the site." */
  reason: string;
}

const HIDDEN: Record<string, string> = {
  plan: "The plan is archived or not offered to customers.",
  event: "The event was canceled.",
};

/**
 * `item` is the catalogue's answer: the item, `null` when it has none, `undefined` when it
 * couldn't be asked (then nothing is claimed).
 */
export function itemProblem(group: string, item: CatalogueItem | null | undefined, now: number, timeZone: string): ItemProblem | null {
  if (item === undefined) return null;
  if (item === null) return { kind: "gone", reason: `The ${group} was deleted from the site.` };
  if (item.hidden) return { kind: "hidden", reason: HIDDEN[group] ?? `The ${group} is hidden from customers.` };
  if (item.endsAt !== undefined && item.endsAt <= now) {
    return { kind: "ended", reason: `The event ended on ${formatDateTime(item.endsAt, timeZone)} (${timeZone}).` };
  }
  return null;
}
