// The app's keyboard focus ring, written once: a 2px outline, 2px off the element, shown for
// keyboard focus only (focus-visible). Brand blue on light surfaces; the other tones are for
// surfaces where blue wouldn't show (the dark toast and bulk bar, rose and amber panels).
// `focus-ring` and `focus-ring-inset` are utilities in app/globals.css (the table's cells use them).
export const focusRing = {
  brand: "focus-ring",
  /** Inside a scrolling or clipped box, where an offset ring would be cut off. */
  inset: "focus-ring-inset",
  white: "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white",
  rose: "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-700",
  amber: "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-900",
} as const;

/** Text inputs: a soft brand ring instead of the outline (the field kit's controls use it too). */
export const inputFocusRing = "focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-0";
/** The same, in brand blue, for an input that is not invalid. */
export const inputFocusBrand = `${inputFocusRing} focus-visible:border-brand-600 focus-visible:ring-brand-500/30`;
