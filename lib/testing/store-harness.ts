import "server-only";
// A fresh in-memory store with the demo catalogue, for the contract suite and other tests.
import type { ContractHarness } from "@/lib/testing/coupon-contract";
import { SqliteCouponStore, type StoreOptions } from "@/lib/server/store/coupon-store";
import { openDatabase } from "@/lib/server/store/database";
import { demoCatalogue, demoItems } from "@/lib/server/store/demo-catalogue";

export function memoryStore(options: StoreOptions = {}): SqliteCouponStore {
  const store = new SqliteCouponStore(openDatabase(":memory:"), options);
  store.catalogue.upsert(demoCatalogue());
  return store;
}

export function storeHarness(store: SqliteCouponStore = memoryStore()): ContractHarness {
  return {
    gateway: store,
    redeem: async (id, uses) => void store.recordRedemption(id, uses),
    entityId: (namespace, group) => demoItems(namespace, group)[0]!.id,
  };
}
