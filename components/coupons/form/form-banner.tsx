"use client";
// The one banner above the form: why a save failed, which fields to fix (as links to them) and,
// for a coupon changed elsewhere, the merchant's two ways forward.
import { useEffect, useRef } from "react";

export interface BannerState {
  kind: "error" | "conflict" | "notice";
  title: string;
  message: string;
  /** Field problems, linked to their fields. */
  fields?: { id: string; label: string; message: string }[];
}

export function FormBanner({ banner, onOverwrite, onReload }: { banner: BannerState; onOverwrite?: () => void; onReload?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves to the banner so keyboard and screen-reader users land on what went wrong.
  useEffect(() => ref.current?.focus(), [banner]);
  const tone =
    banner.kind === "notice"
      ? "border-zinc-300 bg-zinc-50 text-zinc-800"
      : banner.kind === "conflict"
        ? "border-amber-300 bg-amber-50 text-amber-950"
        : "border-rose-300 bg-rose-50 text-rose-950";

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={banner.kind === "notice" ? "status" : "alert"}
      className={`rounded-xl border px-5 py-4 text-sm focus:outline-none focus-ring ${tone}`}
    >
      <p className="font-semibold">{banner.title}</p>
      <p className="mt-1">{banner.message}</p>
      {banner.fields?.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {banner.fields.map((field) => (
            <li key={field.id}>
              <a href={`#${field.id}`} className="font-medium underline underline-offset-2 hover:no-underline">
                {field.label}
              </a>
              : {field.message}
            </li>
          ))}
        </ul>
      ) : null}
      {banner.kind === "conflict" ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            onClick={onOverwrite}
            className="rounded-md bg-amber-900 px-3 py-1.5 font-medium text-white hover:bg-amber-950 focus-ring-amber"
          >
            Save my changes over it
          </button>
          <button
            type="button"
            onClick={onReload}
            className="rounded-md border border-amber-400 bg-white px-3 py-1.5 font-medium text-amber-950 hover:bg-amber-100 focus-ring-amber"
          >
            Discard my changes and load the latest
          </button>
        </div>
      ) : null}
    </div>
  );
}
