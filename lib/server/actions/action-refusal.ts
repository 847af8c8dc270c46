import "server-only";
// A refusal the data access layer raises on purpose ("you can't disable yourself"). Kept free of
// Next.js imports so the CLI can share the rules that throw it.
import type { RefusalCode } from "@/lib/actions/result";

export class ActionRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ActionRefusal";
  }
}
