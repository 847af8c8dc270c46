// Small inline icons (stroke, currentColor). Decorative: every use sits next to text or inside a
// control that has its own accessible name.
import type { SVGProps } from "react";

function Icon({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="size-4 shrink-0"
      {...props}
    >
      {children}
    </svg>
  );
}

export const SearchIcon = () => (
  <Icon>
    <circle cx="9" cy="9" r="5.5" />
    <path d="m13.5 13.5 3.5 3.5" />
  </Icon>
);
export const ChevronDown = () => (
  <Icon>
    <path d="m6 8 4 4 4-4" />
  </Icon>
);
export const ChevronLeft = () => (
  <Icon>
    <path d="m12 5-5 5 5 5" />
  </Icon>
);
export const ChevronRight = () => (
  <Icon>
    <path d="m8 5 5 5-5 5" />
  </Icon>
);
export const ChevronsLeft = () => (
  <Icon>
    <path d="m10 5-5 5 5 5M15 5l-5 5 5 5" />
  </Icon>
);
export const ChevronsRight = () => (
  <Icon>
    <path d="m5 5 5 5-5 5M10 5l5 5-5 5" />
  </Icon>
);
export const SortAsc = () => (
  <Icon>
    <path d="M10 15V5M6 9l4-4 4 4" />
  </Icon>
);
export const SortDesc = () => (
  <Icon>
    <path d="M10 5v10M6 11l4 4 4-4" />
  </Icon>
);
export const SortNone = () => (
  <Icon className="size-4 shrink-0 opacity-40">
    <path d="m7 8 3-3 3 3M7 12l3 3 3-3" />
  </Icon>
);
export const Close = () => (
  <Icon>
    <path d="m5 5 10 10M15 5 5 15" />
  </Icon>
);
export const Dots = () => (
  <Icon>
    <circle cx="5" cy="10" r="0.9" fill="currentColor" />
    <circle cx="10" cy="10" r="0.9" fill="currentColor" />
    <circle cx="15" cy="10" r="0.9" fill="currentColor" />
  </Icon>
);
export const Copy = () => (
  <Icon>
    <rect x="7" y="7" width="9" height="9" rx="1.5" />
    <path d="M13 4.5A1.5 1.5 0 0 0 11.5 3h-7A1.5 1.5 0 0 0 3 4.5v7A1.5 1.5 0 0 0 4.5 13" />
  </Icon>
);
export const Check = () => (
  <Icon>
    <path d="m4.5 10.5 3.5 3.5 7.5-8" />
  </Icon>
);
export const Columns = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="1.5" />
    <path d="M8 4v12M12.5 4v12" />
  </Icon>
);
export const Filter = () => (
  <Icon>
    <path d="M3.5 5h13M6 10h8M8.5 15h3" />
  </Icon>
);
export const Download = () => (
  <Icon>
    <path d="M10 3v9.5M6 9l4 4 4-4M4 16.5h12" />
  </Icon>
);
export const Plus = () => (
  <Icon>
    <path d="M10 4v12M4 10h12" />
  </Icon>
);
export const Link = () => (
  <Icon>
    <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.8.8M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.8-.8" />
  </Icon>
);
export const Alert = () => (
  <Icon>
    <path d="M10 3.5 17.5 16.5h-15L10 3.5Z" />
    <path d="M10 8.5v3.5M10 14.2v.1" />
  </Icon>
);
