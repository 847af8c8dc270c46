"use client";
// The live duplicate check: asks the server whether the code is free, 350 ms after the merchant
// stops typing, cancelling any check still running. Case-insensitive, like checkout.
import { useEffect, useState } from "react";
import { CODE_MAX, codeLength } from "@/lib/coupons/form/form-values";

export type CodeAvailability = "idle" | "checking" | "available" | "taken" | "unknown";

const DEBOUNCE_MS = 350;

/** Only a code the schema could accept is worth a request. */
function checkable(code: string): boolean {
  return code.length > 0 && codeLength(code) <= CODE_MAX && !/\s/.test(code);
}

export function useCodeAvailability(rawCode: string, exceptId?: string): CodeAvailability {
  const code = rawCode.trim();
  const [answer, setAnswer] = useState<{ code: string; status: "available" | "taken" | "unknown" } | null>(null);

  useEffect(() => {
    if (!checkable(code)) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      const params = new URLSearchParams({ code, ...(exceptId ? { except: exceptId } : {}) });
      try {
        const response = await fetch(`/api/coupons/code-available?${params}`, { signal: controller.signal, cache: "no-store" });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body = (await response.json()) as { available: boolean };
        setAnswer({ code, status: body.available ? "available" : "taken" });
      } catch {
        // The check is a convenience: on failure the server still refuses a taken code on save.
        if (!controller.signal.aborted) setAnswer({ code, status: "unknown" });
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [code, exceptId]);

  if (!checkable(code)) return "idle";
  return answer?.code === code ? answer.status : "checking";
}
