import "server-only";
// The item picker's search: products, collections, services, events, tickets and plans by name.
// Only the embedded store has a catalogue; on a backend without one the picker falls back to a
// typed-in item id, so it answers "unavailable" rather than an empty list.
import type { CatalogueItem } from "@/lib/coupons/gateway";
import { groupsFor, isNamespace } from "@/lib/coupons/scope-matrix";
import { backend } from "./backend";
import { isFaultArmed } from "./test-faults";

export type CatalogueAnswer = { available: true; items: CatalogueItem[] } | { available: false };

export const SEARCH_MAX = 100;

export function isSearchableGroup(namespace: string, group: string): boolean {
  return isNamespace(namespace) && groupsFor(namespace).includes(group);
}

export function searchCatalogue(namespace: string, group: string, text: string): CatalogueAnswer {
  const { gateway, store } = backend();
  if (gateway !== store || isFaultArmed("catalogue-unavailable")) return { available: false };
  return { available: true, items: store.catalogue.search(namespace, group, text.trim().slice(0, SEARCH_MAX), 20) };
}
