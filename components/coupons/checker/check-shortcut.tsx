"use client";
// "C" anywhere in the dashboard (outside a text field) opens the code checker: support's most
// asked question is one key away. The header shows the key beside the link.
import { useEffect } from "react";

export function CheckShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "c" || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
      if ((event.target as HTMLElement | null)?.closest("input, textarea, select, [contenteditable='true'], [role='dialog']")) return;
      if (window.location.pathname === "/check") return;
      event.preventDefault();
      // Follows the header's own link (the one that shows the key), as a click on it would.
      document.querySelector<HTMLAnchorElement>('a[aria-keyshortcuts="C"]')?.click();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
