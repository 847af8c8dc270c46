"use client";
// A control's own copy of a URL-derived value. URL updates render in a transition, so a controlled
// checkbox or select would snap back for a frame before the new URL state arrives; the copy shows
// the choice at once and follows the URL whenever the URL changes.
import { useState } from "react";

export function useLocalCopy<T>(value: T): [T, (next: T) => void] {
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setLocal(value);
  }
  return [local, setLocal];
}
