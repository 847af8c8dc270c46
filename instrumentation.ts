// Runs once when the Next.js server starts: opens the coupon backend so that the active backend
// (and the first-start demo seed) is logged at start, not on the first request; then creates the
// demo accounts on a first start of the demo store, or says how to create the first user; and
// starts the usage snapshot schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` runs this too while it prerenders; a build must not open (or seed) the store.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { backend } = await import("@/lib/server/backend");
  backend();
  const { bootstrapAuth } = await import("@/lib/server/auth/bootstrap");
  await bootstrapAuth();
  const { startUsageSchedule } = await import("@/lib/server/usage/schedule");
  startUsageSchedule();
}
