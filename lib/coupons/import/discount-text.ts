// The export's Type column read back ("20 % off", "$5.00 off", "Sale price $29.99", "Free shipping",
// "Buy 2 get 1"): the patterns come from describeValue itself, so the words are the formatter's.
import { describeValue, formatMoney, formatPercent } from "../domain/format";
import type { BuyXGetY } from "../domain/specification";
import { readMoney, readPercent, readWhole, type Read } from "./cell-values";
import { matchPattern, patternOf, sameWords, type Pattern } from "./formatter-pattern";

export interface DiscountValue {
  moneyOffAmount?: number;
  percentOffRate?: number;
  fixedPriceAmount?: number;
  freeShipping?: true;
  buyXGetY?: BuyXGetY;
}

const AMOUNT = 1234.5;
const X = 1111;
const Y = 2222;

interface Reading {
  pattern: Pattern;
  read: (values: string[]) => Read<DiscountValue>;
}

function readings(currency: string): Reading[] {
  const money = formatMoney(AMOUNT, currency);
  const amount =
    (field: "moneyOffAmount" | "fixedPriceAmount") =>
    (values: string[]): Read<DiscountValue> => {
      const read = readMoney(values[0]!, currency);
      return "value" in read ? { value: { [field]: read.value } } : read;
    };
  return [
    {
      pattern: patternOf(describeValue({ buyXGetY: { x: X, y: Y } }, currency), [String(X), String(Y)]),
      read: ([x, y]) => {
        const [rx, ry] = [readWhole(x!), readWhole(y!)];
        if (!("value" in rx && "value" in ry)) return { problem: `write it as ${describeValue({ buyXGetY: { x: 2, y: 1 } }, currency)}` };
        return { value: { buyXGetY: { x: rx.value, y: ry.value } } };
      },
    },
    { pattern: patternOf(describeValue({ fixedPriceAmount: AMOUNT }, currency), [money]), read: amount("fixedPriceAmount") },
    {
      // "20 % off" and "$5.00 off" share their words; a percent sign tells them apart.
      pattern: patternOf(describeValue({ percentOffRate: AMOUNT }, currency), [formatPercent(AMOUNT)]),
      read: ([value]) => {
        if (!value!.endsWith("%")) return { problem: "" };
        const read = readPercent(value!);
        return "value" in read ? { value: { percentOffRate: read.value } } : read;
      },
    },
    { pattern: patternOf(describeValue({ moneyOffAmount: AMOUNT }, currency), [money]), read: amount("moneyOffAmount") },
  ];
}

/** Examples in the formatter's words, for the message a cell it can't read gets. */
export function discountExamples(currency: string): string[] {
  return [
    describeValue({ percentOffRate: 20 }, currency),
    describeValue({ moneyOffAmount: 5 }, currency),
    describeValue({ fixedPriceAmount: 29.99 }, currency),
    describeValue({ freeShipping: true }, currency),
    describeValue({ buyXGetY: { x: 2, y: 1 } }, currency),
  ];
}

export function readDiscountText(text: string, currency: string): Read<DiscountValue> {
  if (sameWords(text, describeValue({ freeShipping: true }, currency))) return { value: { freeShipping: true } };
  let problem = "";
  for (const { pattern, read } of readings(currency)) {
    const values = matchPattern(pattern, text);
    if (!values) continue;
    const result = read(values);
    if ("value" in result) return result;
    problem ||= result.problem;
  }
  const examples = discountExamples(currency).map((e) => `“${e}”`);
  return { problem: problem || `write the discount as ${examples.slice(0, -1).join(", ")} or ${examples.at(-1)}` };
}
