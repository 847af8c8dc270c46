// The items a file names in "Applies to" ("Product: Rain Jacket") → their ids, through whichever
// catalogue is active. A cell may hold the item's id instead of its name. Each distinct item is
// looked up once: ids 100 a call, then each remaining name by one search, matched exactly (any case).
import {
  CATALOGUE_LOOKUP_MAX,
  CATALOGUE_SEARCH_MAX,
  kindKey,
  type CatalogueGateway,
  type CatalogueItem,
  type ItemKind,
} from "../domain/catalogue";
import { GROUP_LABELS } from "../domain/scope-matrix";

export type ItemFound = { id: string; name: string } | { problem: string };

/** At most this many pages of one name's search: names that match exactly come first on both catalogues. */
const SEARCH_PAGES = 3;
/** The longest id a catalogue look-up takes (checkLookup). */
const MAX_ID = 200;

export const itemKey = (kind: ItemKind, text: string) => `${kindKey(kind)}\u0000${text.toLowerCase()}`;

const noun = (kind: ItemKind) => (GROUP_LABELS[kind.group] ?? "item").toLowerCase();

async function byName(catalogue: CatalogueGateway, kind: ItemKind, text: string): Promise<ItemFound> {
  const wanted = text.toLowerCase();
  const same: CatalogueItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < SEARCH_PAGES; page++) {
    const found = await catalogue.search(kind, { text, limit: CATALOGUE_SEARCH_MAX, ...(cursor ? { cursor } : {}) });
    same.push(...found.items.filter((item) => item.name.toLowerCase() === wanted));
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  if (same.length === 1) return { id: same[0]!.id, name: same[0]!.name };
  if (same.length === 0) {
    return { problem: `No ${noun(kind)} is called “${text}”: check the name, or put the ${noun(kind)}'s id instead` };
  }
  const ids = same.map((item) => item.id);
  return { problem: `${same.length} ${noun(kind)}s are called “${text}”: put the id of the one you mean instead (${ids.join(", ")})` };
}

/** What each (kind, text) names, by `itemKey`. A catalogue that can't answer makes its items' rows say so. */
export async function resolveItems(
  catalogue: CatalogueGateway,
  refs: readonly { kind: ItemKind; text: string }[],
): Promise<Map<string, ItemFound>> {
  const found = new Map<string, ItemFound>();
  const byKind = new Map<string, { kind: ItemKind; texts: Set<string> }>();
  for (const { kind, text } of refs) {
    const entry = byKind.get(kindKey(kind)) ?? { kind, texts: new Set<string>() };
    entry.texts.add(text);
    byKind.set(kindKey(kind), entry);
  }
  for (const { kind, texts } of byKind.values()) {
    try {
      const all = [...texts];
      const maybeIds = all.filter((text) => text.length <= MAX_ID);
      for (let i = 0; i < maybeIds.length; i += CATALOGUE_LOOKUP_MAX) {
        const { items } = await catalogue.getMany(kind, maybeIds.slice(i, i + CATALOGUE_LOOKUP_MAX));
        for (const item of items) found.set(itemKey(kind, item.id), { id: item.id, name: item.name });
      }
      for (const text of all) {
        if (!found.has(itemKey(kind, text))) found.set(itemKey(kind, text), await byName(catalogue, kind, text));
      }
    } catch {
      for (const text of texts) {
        if (!found.has(itemKey(kind, text))) {
          const problem = `the ${noun(kind)}s couldn't be looked up just now, so “${text}” wasn't checked: try again in a moment`;
          found.set(itemKey(kind, text), { problem });
        }
      }
    }
  }
  return found;
}
