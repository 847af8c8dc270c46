"use client";
// Debounce for queries: whether a value has stayed the same for `delayMs` since it last changed.
// Any change starts the wait over, so a query keyed by the value runs only once typing pauses.
import { useEffect, useState } from "react";

export function useSettled(value: string, delayMs: number): boolean {
  const [settled, setSettled] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setSettled(null);
  }
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled === value;
}
