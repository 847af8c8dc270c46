import "server-only";
// A refusal the data access layer raises on purpose ("you can't disable yourself"), with the words
// to show and, where they belong to fields, the field errors. Free of Next.js and of the action
// layer: the action wrapper (actions/refusals.ts) turns it into the refusal the user sees, the CLI
// prints it.

/** Why the data layer refused: the input breaks a rule, clashes with what exists, or names nothing. */
export type DataRefusalCode = "INVALID" | "CONFLICT" | "NOT_FOUND";

export class DataRefusal extends Error {
  constructor(
    readonly code: DataRefusalCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DataRefusal";
  }
}
