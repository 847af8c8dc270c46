// Reads text back that a formatter wrote, by asking the formatter itself: format a sample whose
// values are markers, and the rest of its output is the pattern ("Sale price $1,234.50" gives
// "Sale price " + amount). Labels live once, in the formatter, never again here.

export interface Pattern {
  /** The formatter's text around the values, as a case-insensitive pattern with one group per value. */
  regex: RegExp;
  /** For each marker, its group: the formatter may write the values in another order. */
  groups: number[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `sample` is the formatter's output for `markers`, each of which it wrote in once. */
export function patternOf(sample: string, markers: readonly string[]): Pattern {
  const places = markers.map((marker) => ({ marker, at: sample.indexOf(marker) }));
  if (places.some((p) => p.at === -1)) throw new Error(`The formatter's "${sample}" doesn't hold all of ${markers.join(", ")}.`);
  const ordered = [...places].sort((a, b) => a.at - b.at);
  let source = "";
  let from = 0;
  for (const { marker, at } of ordered) {
    source += `${escape(sample.slice(from, at)).replace(/ /g, "\\s*")}(.+?)`;
    from = at + marker.length;
  }
  source += escape(sample.slice(from)).replace(/ /g, "\\s*");
  return { regex: new RegExp(`^\\s*${source}\\s*$`, "i"), groups: places.map((p) => ordered.indexOf(p)) };
}

/** The values in `text`, in marker order, when the text is the pattern's. */
export function matchPattern(pattern: Pattern, text: string): string[] | null {
  const match = pattern.regex.exec(text);
  return match ? pattern.groups.map((group) => match[group + 1]!.trim()) : null;
}

const words = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
export const sameWords = (a: string, b: string) => words(a) === words(b);
