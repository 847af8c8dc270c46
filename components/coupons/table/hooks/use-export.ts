"use client";
// The CSV export in progress: the toolbar starts one with its URL, the export ends itself.
import { useCallback, useState } from "react";

export function useExport() {
  const [exportHref, setExportHref] = useState<string | null>(null);
  const endExport = useCallback(() => setExportHref(null), []);
  return { exportHref, startExport: setExportHref, endExport };
}
