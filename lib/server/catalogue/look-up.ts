import "server-only";
// Items by id, for many coupons at once: grouped by kind and sent 100 ids per call, so a table page
// of 100 single-item coupons costs at most one call per kind of item on it (never one per row),
// and answers seen in the last minute cost none. A kind whose catalogue fails (no permission, Wix
// down), or that can't tell an id it doesn't see from one that is gone, is left unknown rather than
// reported missing.
import {
  CATALOGUE_LOOKUP_MAX,
  kindKey,
  type CatalogueGateway,
  type CatalogueItem,
  type ItemKind,
  type ItemsById,
} from "@/lib/coupons/domain/catalogue";
import { isCouponError } from "@/lib/coupons/domain/errors";
import type { Coupon } from "@/lib/coupons/domain/model";
import type { CouponScope } from "@/lib/coupons/domain/specification";

export interface ItemRef extends ItemKind {
  id: string;
}

/** Per ref key: the item, `null` when the catalogue has none, absent when it couldn't be asked. */
export type LookUpResult = Map<string, CatalogueItem | null>;

export const refKey = (ref: ItemRef) => `${kindKey(ref)}/${ref.id}`;

const CACHE_MS = 60_000;
const CACHE_MAX = 10_000;

interface Cached {
  item: CatalogueItem | null;
  at: number;
}

export class ItemLookUp {
  private readonly cache = new Map<string, Cached>();
  /** Calls made to the catalogue, for the benchmark and tests. */
  calls = 0;

  constructor(
    private readonly catalogue: () => CatalogueGateway,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * `fresh`: ask the catalogue even for items seen a moment ago (the health sweep must see a
   * deletion at once). `onProgress` hears after each call how many of the ids have been asked.
   */
  async find(
    refs: readonly ItemRef[],
    options: { fresh?: boolean; onProgress?: (done: number, of: number) => void } = {},
  ): Promise<LookUpResult> {
    const result: LookUpResult = new Map();
    const toAsk = new Map<string, { kind: ItemKind; ids: Set<string> }>();
    for (const ref of refs) {
      const key = refKey(ref);
      if (result.has(key)) continue;
      const cached = options.fresh ? undefined : this.cache.get(key);
      if (cached && this.now() - cached.at < CACHE_MS) {
        result.set(key, cached.item);
        continue;
      }
      const kind = { namespace: ref.namespace, group: ref.group };
      const entry = toAsk.get(kindKey(kind)) ?? { kind, ids: new Set<string>() };
      entry.ids.add(ref.id);
      toAsk.set(kindKey(kind), entry);
    }
    const total = [...toAsk.values()].reduce((n, e) => n + e.ids.size, 0);
    let done = 0;
    for (const { kind, ids } of toAsk.values()) {
      const all = [...ids];
      for (let at = 0; at < all.length; at += CATALOGUE_LOOKUP_MAX) {
        const chunk = all.slice(at, at + CATALOGUE_LOOKUP_MAX);
        const found = await this.ask(kind, chunk);
        if (found) {
          const byId = new Map(found.items.map((item) => [item.id, item]));
          const unknown = new Set(found.unknown);
          for (const id of chunk) if (!unknown.has(id)) this.remember(result, `${kindKey(kind)}/${id}`, byId.get(id) ?? null);
        }
        done += chunk.length;
        options.onProgress?.(done, total);
      }
    }
    return result;
  }

  private async ask(kind: ItemKind, ids: string[]): Promise<ItemsById | null> {
    this.calls++;
    try {
      return await this.catalogue().getMany(kind, ids);
    } catch (error) {
      if (isCouponError(error)) return null;
      throw error;
    }
  }

  private remember(result: LookUpResult, key: string, item: CatalogueItem | null): void {
    result.set(key, item);
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { item, at: this.now() });
  }

  /** Forgets what was seen (after a catalogue change made from here, and in tests). */
  clear(): void {
    this.cache.clear();
  }
}

/** The one item a scope names (a product, a service…), or undefined for a wider scope. */
export function itemOfScope(scope: CouponScope | undefined): ItemRef | undefined {
  const group = scope?.group;
  if (!group?.entityId) return undefined;
  return { namespace: scope!.namespace, group: group.name, id: group.entityId };
}

export const itemOfCoupon = (coupon: Coupon) => itemOfScope(coupon.specification.scope);
