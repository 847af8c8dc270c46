import "server-only";
// The item picker's search (products, collections, services, events, tickets and plans by name)
// and its check of a typed-in id. Items come with what tells them apart ("Yoga Class · 60 min ·
// $20.00"), dated in the merchant's zone. When the catalogue refuses (the Wix key lacks the app's
// read permission) the answer says which permission, and the picker takes a typed id instead.
import {
  itemDetail,
  isItemKind,
  missingPermission,
  type CatalogueAnswer,
  type CatalogueItem,
  type ItemCheck,
  type ItemKind,
  type PickerItem,
} from "@/lib/coupons/domain/catalogue";
import { isCouponError } from "@/lib/coupons/domain/errors";
import { catalogueGateway } from "../backend";
import { merchantTimeZone } from "../config";
import { isFaultArmed } from "../test-faults";
import { itemLookUp } from "./items";
import { refKey } from "./look-up";

export const SEARCH_MAX = 100;

export function isSearchableGroup(namespace: string, group: string): boolean {
  return isItemKind({ namespace, group });
}

const toPickerItem = (item: CatalogueItem, timeZone: string): PickerItem => ({
  id: item.id,
  name: item.name,
  detail: itemDetail(item, timeZone),
  ...(item.price ? { price: item.price } : {}),
});

function refusal(kind: ItemKind): string {
  return `This Wix API key can't read the site's ${kind.group}s, so they can't be listed here. Give the key ${missingPermission(kind.group)} permission, or enter the ${kind.group}'s ID as shown in your Wix dashboard.`;
}

/** The test fault "catalogue-unavailable" stands for a key without the read permission. */
const refusedByTestFault = () => isFaultArmed("catalogue-unavailable");

export async function searchCatalogue(kind: ItemKind, text: string, cursor?: string): Promise<CatalogueAnswer> {
  if (refusedByTestFault()) return { available: false, message: refusal(kind) };
  try {
    const page = await catalogueGateway().search(kind, { text: text.trim().slice(0, SEARCH_MAX), limit: 20, cursor });
    const timeZone = merchantTimeZone();
    return { available: true, items: page.items.map((item) => toPickerItem(item, timeZone)), hasMore: page.nextCursor !== undefined };
  } catch (error) {
    if (isCouponError(error) && error.code === "PERMISSION_DENIED") return { available: false, message: refusal(kind) };
    throw error;
  }
}

/** Whether a typed-in id names an item of the site: asked fresh, not from the cache. */
export async function checkItem(kind: ItemKind, id: string): Promise<ItemCheck> {
  const noun = kind.group;
  if (refusedByTestFault())
    return {
      state: "unchecked",
      message: `This ID can't be checked: the key lacks ${missingPermission(noun)} permission. Make sure it is the ${noun}'s ID.`,
    };
  const ref = { ...kind, id };
  const found = await itemLookUp().find([ref], { fresh: true });
  const item = found.get(refKey(ref));
  if (item) return { state: "found", item: toPickerItem(item, merchantTimeZone()) };
  if (item === null)
    return { state: "missing", message: `No ${noun} has the ID “${id}” on this site. Check the ID in your Wix dashboard.` };
  return {
    state: "unchecked",
    message: `This ID can't be checked right now (the ${noun}s couldn't be read). Make sure it is the ${noun}'s ID.`,
  };
}
