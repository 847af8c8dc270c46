import "server-only";
// Thrown by authorize() when there is no session or the role lacks the permission; the action and
// route wrappers turn it into a refusal (401/403 for routes).
export class AccessDenied extends Error {
  constructor(readonly code: "UNAUTHENTICATED" | "FORBIDDEN") {
    super(code === "UNAUTHENTICATED" ? "Your session has ended. Sign in again." : "Your role doesn't allow this.");
    this.name = "AccessDenied";
  }
}

export function isAccessDenied(error: unknown): error is AccessDenied {
  return error instanceof AccessDenied;
}
