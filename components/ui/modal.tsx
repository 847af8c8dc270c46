"use client";
// A modal on the browser's own <dialog>: focus is trapped and restored, Esc closes, the page
// behind is inert. `open` drives it; every way of closing reports through onClose.
import { useEffect, useRef, type ReactNode } from "react";

interface ModalProps {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** alertdialog for confirmations that interrupt. */
  role?: "dialog" | "alertdialog";
  children: ReactNode;
}

export function Modal({ open, onClose, labelledBy, describedBy, className = "", role, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
      className={`backdrop:bg-zinc-950/40 ${className}`}
    >
      {open ? children : null}
    </dialog>
  );
}
