// Runs once when the Next.js server starts: opens the coupon backend so that the active backend
// (and the first-start demo seed) is logged at start, not on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { backend } = await import("@/lib/server/backend");
  backend();
}
