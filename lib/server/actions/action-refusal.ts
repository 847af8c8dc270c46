import "server-only";
// A refusal a server action raises on purpose ("too many failed sign-in attempts"). The data access
// layer raises its own DataRefusal (lib/server/refusal.ts), which refusals.ts maps onto this shape.
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
