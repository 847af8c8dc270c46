// Lists in a merchant's words: "A", "A or B", "A, B and C". Shared by the form's reasons, the
// role's reach on the 403 page and the bulk outcomes, server and browser alike.
export function listInWords(items: readonly string[], conjunction: "and" | "or"): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}
