// Axe's WCAG 2 A and AA checks of the page as it is now.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** No violations; a failure lists each rule with the elements that broke it. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
