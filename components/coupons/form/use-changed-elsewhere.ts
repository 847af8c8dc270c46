"use client";
// Edit: when the merchant comes back to the tab, ask whether the coupon changed elsewhere since
// the form opened it, and warn before they try to save. Saving checks again on the server.
import { useEffect, useState } from "react";

export function useChangedElsewhere(id: string | undefined, revision: string | undefined): boolean {
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    if (!id || !revision) return;
    let latest: AbortController | null = null;
    const check = async () => {
      if (document.visibilityState !== "visible") return;
      latest?.abort();
      const controller = (latest = new AbortController());
      try {
        const response = await fetch(`/api/coupons/${encodeURIComponent(id)}/revision`, { signal: controller.signal, cache: "no-store" });
        const body = (await response.json()) as { revision: string | null };
        if (!controller.signal.aborted) setChanged(body.revision !== revision);
      } catch {
        // No answer, no warning: the save itself is still checked.
      }
    };
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      latest?.abort();
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
    };
  }, [id, revision]);

  return changed;
}
