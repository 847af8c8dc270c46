// What a dry run tells the page about each row of the file, shared by the server that checks the
// rows and the page that shows them.
import type { CouponSpecification } from "../domain/specification";

export type ImportOutcome = "create" | "exists" | "duplicate" | "invalid";

export interface RowProblem {
  /** The column to fix, by its header ("Percent off"); empty when it is the row as a whole. */
  column: string;
  message: string;
}

export interface ImportRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  line: number;
  code: string;
  name: string;
  outcome: ImportOutcome;
  problems: RowProblem[];
  /** Only for "create": what will be sent, checked with the form's own schema. */
  specification?: CouponSpecification;
  /** "20 % off · All store products", for every row that is a valid coupon. */
  summary?: string;
}

export interface DryRun {
  /** Set when the file as a whole can't be imported; then there are no rows. */
  fileProblem?: string;
  rows: ImportRow[];
  /** How many rows will be created. */
  valid: number;
}
