"use client";
// The live duplicate check: asks the server whether the code is free, 350 ms after the merchant
// stops typing, cancelling any check still running. Case-insensitive, like checkout.
import { useQuery } from "@tanstack/react-query";
import { useSettled } from "@/components/hooks/use-settled";
import { CODE_MAX, codeLength } from "@/lib/coupons/form/form-values";

export type CodeAvailability = "idle" | "checking" | "available" | "taken" | "unknown";

const DEBOUNCE_MS = 350;

/** Only a code the schema could accept is worth a request. */
function checkable(code: string): boolean {
  return code.length > 0 && codeLength(code) <= CODE_MAX && !/\s/.test(code);
}

async function fetchAvailability(code: string, exceptId: string | undefined, signal: AbortSignal): Promise<"available" | "taken"> {
  const params = new URLSearchParams({ code, ...(exceptId ? { except: exceptId } : {}) });
  const response = await fetch(`/api/coupons/code-available?${params}`, { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`status ${response.status}`);
  const body = (await response.json()) as { available: boolean };
  return body.available ? "available" : "taken";
}

export function useCodeAvailability(rawCode: string, exceptId?: string): CodeAvailability {
  const code = rawCode.trim();
  const settled = useSettled(code, DEBOUNCE_MS);
  const answer = useQuery({
    queryKey: ["code-available", code, exceptId ?? null],
    // A code that changes stops observing its check, and react-query aborts the request (signal).
    queryFn: ({ signal }) => fetchAvailability(code, exceptId, signal),
    enabled: settled && checkable(code),
    // Every pause asks afresh, as the server is the one who knows: nothing cached, nothing retried.
    gcTime: 0,
    staleTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

  if (!checkable(code)) return "idle";
  if (!settled || answer.isPending) return "checking";
  // The check is a convenience: on failure the server still refuses a taken code on save.
  if (answer.isError) return "unknown";
  return answer.data;
}
