"use client";
// Edit: when the merchant comes back to the tab, ask whether the coupon changed elsewhere since
// the form opened it, and warn before they try to save. Saving checks again on the server.
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";

async function fetchRevision(id: string, signal: AbortSignal): Promise<string | null> {
  const response = await fetch(`/api/coupons/${encodeURIComponent(id)}/revision`, { signal, cache: "no-store" });
  const body = (await response.json()) as { revision: string | null };
  return body.revision;
}

export function useChangedElsewhere(id: string | undefined, revision: string | undefined): boolean {
  const latest = useQuery({
    queryKey: ["coupon-revision", id ?? null, revision ?? null],
    queryFn: ({ signal }) => fetchRevision(id!, signal),
    // Asked only on coming back (below), never on mount; no answer, no warning: the save itself is still checked.
    enabled: false,
    gcTime: 0,
    retry: false,
  });
  const { refetch } = latest;

  useEffect(() => {
    if (!id || !revision) return;
    // A new check cancels the one still running (cancelRefetch), as does leaving the form.
    const check = () => {
      if (document.visibilityState === "visible") void refetch({ cancelRefetch: true });
    };
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
    };
  }, [id, revision, refetch]);

  return Boolean(id && revision) && latest.data !== undefined && latest.data !== revision;
}
