"use client";
// The small secondary button beside a picked item ("Change product", "Remove").
import type { Ref } from "react";
import { Button } from "@/components/ui/button";

export function PickerButton({
  label,
  onClick,
  describedBy,
  ref,
}: {
  label: string;
  onClick: () => void;
  describedBy: string;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <Button ref={ref} onClick={onClick} aria-describedby={describedBy}>
      {label}
    </Button>
  );
}
