"use client";
// One react-query client per browser tab (per request on the server), shared by every dashboard
// page, so a change made anywhere can invalidate the table's cache.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

let browserClient: QueryClient | undefined;

function makeClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Hydrated server data is fresh; a minute without refetching keeps back/forward instant.
      queries: { staleTime: 60_000 },
    },
  });
}

function queryClient(): QueryClient {
  if (typeof window === "undefined") return makeClient();
  browserClient ??= makeClient();
  return browserClient;
}

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient()}>{children}</QueryClientProvider>;
}
