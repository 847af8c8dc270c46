"use client";
// A button that opens a panel: the browser's own popover (top layer, light dismiss, Esc, focus
// back to the button), placed under its button. No positioning library.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type ToggleEvent } from "react";

interface PopoverProps {
  /** The button's content; give it an accessible name (text or aria-label). */
  trigger: ReactNode;
  triggerLabel?: string;
  triggerClassName?: string;
  /** Which edge of the button the panel lines up with. */
  align?: "start" | "end";
  panelClassName?: string;
  /** The pointer or focus reached the button: a chance to start loading the panel's code. */
  onIntent?: () => void;
  children: ReactNode | ((close: () => void) => ReactNode);
}

export const TRIGGER = "btn h-9";

export function Popover({
  trigger,
  triggerLabel,
  triggerClassName = TRIGGER,
  align = "start",
  panelClassName = "w-64",
  onIntent,
  children,
}: PopoverProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const place = useCallback(() => {
    const b = button.current?.getBoundingClientRect();
    const p = panel.current;
    if (!b || !p) return;
    p.style.top = `${Math.round(b.bottom + 6)}px`;
    if (align === "end") {
      p.style.right = `${Math.max(8, Math.round(window.innerWidth - b.right))}px`;
      p.style.left = "auto";
    } else {
      p.style.left = `${Math.max(8, Math.round(Math.min(b.left, window.innerWidth - p.offsetWidth - 8)))}px`;
      p.style.right = "auto";
    }
  }, [align]);

  useEffect(() => {
    if (!open) return;
    // Keyboard users land in the panel; content that loads later focuses itself (autoFocus).
    panel.current?.querySelector<HTMLElement>("input:not([disabled]), select, button:not([disabled]), a[href]")?.focus();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [open, place]);

  // By id, not ref: the children get it during render, and a ref may only be read in handlers.
  const close = useCallback(() => document.getElementById(id)?.hidePopover(), [id]);

  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    const isOpen = event.newState === "open";
    setOpen(isOpen);
    if (isOpen) place();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        popoverTarget={id}
        aria-expanded={open}
        aria-label={triggerLabel}
        className={triggerClassName}
        onPointerEnter={onIntent}
        onFocus={onIntent}
      >
        {trigger}
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        onBeforeToggle={(event) => event.newState === "open" && place()}
        onToggle={onToggle}
        className={`fixed inset-auto m-0 max-h-[70vh] overflow-auto rounded-lg border border-zinc-200 bg-white p-0 text-sm text-zinc-800 shadow-lg ${panelClassName}`}
      >
        {open ? (typeof children === "function" ? children(close) : children) : null}
      </div>
    </>
  );
}
