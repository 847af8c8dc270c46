"use client";
// The search over code and name. Results follow the typing (debounced); the first keystroke of a
// search adds a history entry and the rest replace it, so Back undoes a search, not a letter.
// "/" anywhere on the page focuses it, as in most admin tools.
import { useEffect, useRef } from "react";
import { SearchIcon } from "@/components/ui/icons";

const DEBOUNCE_MS = 200;

export function SearchBox({ defaultValue, onSearch }: { defaultValue: string; onSearch: (text: string, how: "push" | "replace") => void }) {
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const inBurst = useRef(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.clearTimeout(timer.current);
    };
  }, []);

  const commit = (text: string) => {
    window.clearTimeout(timer.current);
    onSearch(text, inBurst.current ? "replace" : "push");
    inBurst.current = true;
  };

  return (
    <div className="relative min-w-0 flex-1 sm:w-72 sm:flex-none">
      <label htmlFor="coupon-search" className="sr-only">
        Search coupons by code or name
      </label>
      <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-zinc-400">
        <SearchIcon />
      </span>
      <input
        ref={input}
        id="coupon-search"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search code or name"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const text = event.currentTarget.value;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => commit(text), DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit(event.currentTarget.value);
        }}
        onBlur={() => {
          inBurst.current = false;
        }}
        className="h-9 w-full rounded-md border border-zinc-300 bg-white pr-9 pl-8 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-500 input-focus [&::-webkit-search-cancel-button]:hidden"
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 right-2 my-auto hidden h-5 items-center pointer-fine:flex [@media(hover:none)]:hidden rounded border border-zinc-200 bg-zinc-50 px-1.5 font-sans text-xs text-zinc-500"
      >
        /
      </kbd>
    </div>
  );
}
