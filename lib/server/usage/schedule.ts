import "server-only";
// The snapshot schedule: every minute each instance looks whether the current slot (15 minutes by
// default) has been recorded, and records it if no one else is (the lease in usage_rounds). A
// restart or a crash mid-round loses nothing: what was read is kept, and the slot is resumed once
// its lease runs out. Readings older than five weeks are thinned to one per coupon.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { backend, backgroundGateway } from "../backend";
import { snapshotIntervalMs } from "../config";
import { seedDemoUsage } from "./demo-usage";
import { runSnapshotRound, type RoundOutcome } from "./snapshot-round";
import { usageRecords } from "./usage-services";

const TICK_MS = 60_000;
const KEEP_MS = 35 * 24 * 3_600_000;

export const slotOf = (t: number, intervalMs: number): number => Math.floor(t / intervalMs) * intervalMs;

/** This process, as a round's owner. */
export const INSTANCE = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

const state = globalThis as unknown as { usageSchedule?: { timer: NodeJS.Timeout; running: Promise<unknown> | null } };

/** One look: records the current slot if it is due here. */
export async function snapshotTick(intervalMs: number, now = Date.now()): Promise<RoundOutcome | null> {
  const { readings, rounds } = usageRecords();
  const outcome = await runSnapshotRound(slotOf(now, intervalMs), { gateway: backgroundGateway(), readings, rounds, owner: INSTANCE });
  if (outcome) await readings.prune(now - KEEP_MS);
  return outcome;
}

/** Starts the schedule once per process (instrumentation.ts); USAGE_SNAPSHOT_MINUTES=off leaves it off. */
export function startUsageSchedule(): void {
  const intervalMs = snapshotIntervalMs();
  if (state.usageSchedule) return;
  const tick = () => {
    if (!intervalMs || state.usageSchedule?.running) return;
    const running = snapshotTick(intervalMs)
      .then((outcome) => {
        if (outcome) {
          const resumed = outcome.resumed ? " (resumed)" : "";
          console.info(
            `[coupons] usage snapshot${resumed}: ${outcome.coupons} live coupons read in ${outcome.calls} calls, ${outcome.recorded} changed`,
          );
        }
      })
      .catch((error: unknown) =>
        console.warn(`[coupons] usage snapshot failed, next try in a minute: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        if (state.usageSchedule) state.usageSchedule.running = null;
      });
    state.usageSchedule!.running = running;
  };
  state.usageSchedule = { timer: setInterval(tick, TICK_MS).unref(), running: null };
  // The demo store comes with history; then the first round right away.
  const first =
    backend().kind === "store" && process.env.COUPON_SEED !== "none"
      ? seedDemoUsage(backend().gateway, usageRecords().readings, intervalMs ?? 15 * 60_000).catch(() => 0)
      : Promise.resolve(0);
  void first.then(tick);
}
