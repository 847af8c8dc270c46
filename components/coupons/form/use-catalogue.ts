"use client";
// The catalogue as the item picker asks it: a search by name, 200 ms after typing pauses (at once
// for the first, empty one), and an id typed in by hand, checked 400 ms after typing pauses. A
// newer question cancels the one still running; a failed one says so instead of throwing.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSettled } from "@/components/hooks/use-settled";
import type { CatalogueAnswer, ItemCheck, PickerItem } from "@/lib/coupons/domain/catalogue";

export type Search =
  | { state: "loading" }
  | { state: "ready"; query: string; items: PickerItem[]; hasMore: boolean }
  | { state: "unavailable"; message: string }
  | { state: "failed" };

const SEARCH_DELAY_MS = 200;
const CHECK_DELAY_MS = 400;
const LOADING: Search = { state: "loading" };

/** Each pause asks afresh: nothing cached or retried, and the last answer stays until the next one. */
const ASK_AFRESH = {
  placeholderData: keepPreviousData,
  gcTime: 0,
  staleTime: 0,
  retry: false,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  // A new answer is a new object even when it reads the same, so the picker's highlight starts over.
  structuralSharing: false,
} as const;

async function askCatalogue(params: Record<string, string>, signal: AbortSignal, failed: unknown): Promise<unknown> {
  try {
    const response = await fetch(`/api/catalogue?${new URLSearchParams(params)}`, { signal });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return await response.json();
  } catch (error) {
    // A cancelled question has no answer to show.
    if (signal.aborted) throw error;
    return failed;
  }
}

export function useCatalogueSearch(namespace: string, group: string, query: string): Search {
  const settled = useSettled(JSON.stringify([namespace, group, query]), query ? SEARCH_DELAY_MS : 0);
  const search = useQuery({
    ...ASK_AFRESH,
    queryKey: ["catalogue-search", namespace, group, query],
    queryFn: async ({ signal }): Promise<Search> => {
      const body = (await askCatalogue({ namespace, group, q: query }, signal, null)) as CatalogueAnswer | null;
      if (!body) return { state: "failed" };
      return body.available
        ? { state: "ready", query, items: body.items, hasMore: body.hasMore }
        : { state: "unavailable", message: body.message };
    },
    enabled: settled,
  });
  return search.data ?? LOADING;
}

export function useItemCheck(namespace: string, group: string, typed: string): ItemCheck | { state: "checking" } | null {
  const settled = useSettled(JSON.stringify([namespace, group, typed]), CHECK_DELAY_MS);
  const check = useQuery({
    ...ASK_AFRESH,
    queryKey: ["catalogue-item", namespace, group, typed],
    queryFn: async ({ signal }) =>
      (await askCatalogue({ namespace, group, id: typed }, signal, {
        state: "unchecked",
        message: "The ID couldn't be checked just now.",
      })) as ItemCheck,
    enabled: Boolean(typed) && settled,
  });
  if (!typed) return null;
  if (check.isFetching) return { state: "checking" };
  return check.data ?? null;
}
