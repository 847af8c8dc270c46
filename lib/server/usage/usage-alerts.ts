import "server-only";
// "Needs attention" for usage: live coupons whose uses jumped far above their own pace (a leaked
// code) or that will reach their limit within a day. Only coupons whose count moved in the last
// three days can be either, so only their histories are read; then each is read fresh from the
// backend, so a coupon switched off or changed since the last round is judged as it is now.
import { usageAlert, type UsageAlert } from "@/lib/coupons/usage/alerts";
import { DAY_MS, HOUR_MS } from "@/lib/coupons/usage/readings";
import { count, dayWords, distance, num } from "@/lib/coupons/usage/words";
import type { Coupon } from "@/lib/coupons/domain/model";
import { statusOf, type CouponStatus } from "@/lib/coupons/domain/status";
import { authorize } from "../auth/guards";
import { couponGateway } from "../backend";
import { merchantTimeZone, snapshotIntervalMs } from "../config";
import { revisionOf } from "../coupons/revision";
import { withCurrent } from "./usage-views";
import type { UsageReadings } from "./usage-readings";
import { usageRecords } from "./usage-services";

/** At most this many are shown; the worst first. */
const MAX_ALERTS = 25;

export interface UsageAlertRow {
  id: string;
  code: string;
  name: string;
  status: CouponStatus;
  kind: UsageAlert["kind"];
  reason: string;
  uses: number;
  usageLimit: number | null;
  /** What the new-limit field offers: for a leak, no more uses; for a limit running out, a week more at its pace. */
  suggestedLimit: number;
  /** The coupon's revision, so a new limit never overwrites a change made meanwhile. */
  revision: string;
}

/** Rounds up to a number a merchant would type: 10s below 200, then 50s, then 100s. */
const roundUp = (n: number) => {
  const step = n < 200 ? 10 : n < 1_000 ? 50 : 100;
  return Math.ceil(n / step) * step;
};

function reasonOf(alert: UsageAlert, coupon: Coupon, now: number, timeZone: string): string {
  if (alert.kind === "leak") {
    const usual =
      alert.usualUses === 0
        ? "at its usual pace it would have had fewer than 1"
        : `at its usual pace it would have had about ${num(alert.usualUses)}`;
    return `Used ${count(alert.recentUses, "time")} in the last ${alert.windowHours} hours; ${usual}. The code may have leaked.`;
  }
  const at = now + alert.hoursLeft * HOUR_MS;
  const limit = coupon.specification.usageLimit ?? 0;
  return `${count(alert.remaining, "use")} left of ${num(limit)}: at its recent pace they run out in ${distance(alert.hoursLeft * HOUR_MS)}, around ${dayWords(at, timeZone, now, true)} (${timeZone}).`;
}

function suggestedLimit(alert: UsageAlert, coupon: Coupon): number {
  if (alert.kind === "leak") return Math.max(1, coupon.numberOfUsages);
  const perHour = alert.remaining / alert.hoursLeft;
  return roundUp((coupon.specification.usageLimit ?? 0) + perHour * 24 * 7);
}

export interface UsageAlerts {
  rows: UsageAlertRow[];
  /** "Snapshots every 15 minutes; the last at 3 Dec at 13:45 (Europe/Berlin)." */
  schedule: string;
}

function scheduleWords(lastAt: number | undefined, now: number, timeZone: string): string {
  const interval = snapshotIntervalMs();
  if (interval === null)
    return "Usage snapshots are switched off (USAGE_SNAPSHOT_MINUTES=off), so this list only shows what earlier ones saw.";
  const every = `Snapshots of every live coupon's uses are taken every ${count(interval / 60_000, "minute")}`;
  return lastAt === undefined
    ? `${every}; the first is being taken now.`
    : `${every}; the last at ${dayWords(lastAt, timeZone, now, true)} (${timeZone}).`;
}

export async function loadUsageAlerts(now = Date.now()): Promise<UsageAlerts> {
  await authorize("coupons:read");
  const timeZone = merchantTimeZone();
  const { readings, rounds } = usageRecords();
  return {
    rows: await alertRows(readings, now, timeZone),
    schedule: scheduleWords((await rounds.lastFinished())?.finishedAt, now, timeZone),
  };
}

async function alertRows(readings: UsageReadings, now: number, timeZone: string): Promise<UsageAlertRow[]> {
  const moving = await readings.changedSince(now - 3 * DAY_MS);
  const histories = await readings.history(moving, now - 10 * DAY_MS);
  const flagged = moving.flatMap((id) => {
    const history = histories.get(id)!;
    const uses = history.readings.at(-1)?.uses ?? 0;
    const alert = usageAlert({ readings: history.readings, uses, usageLimit: history.usageLimit, now });
    return alert ? [{ id, alert }] : [];
  });
  // Leaks first, then the soonest to run out.
  flagged.sort((a, b) => (a.alert.kind === b.alert.kind ? hoursOf(a.alert) - hoursOf(b.alert) : a.alert.kind === "leak" ? -1 : 1));

  const gateway = couponGateway();
  const rows: UsageAlertRow[] = [];
  for (const { id } of flagged.slice(0, MAX_ALERTS)) {
    const coupon = await gateway.get(id).catch(() => null);
    if (!coupon) continue;
    const status = statusOf(coupon, now);
    if (status !== "Active") continue;
    // Judged again with the count as it is now (a round may be up to one slot old).
    const history = histories.get(id)!;
    const usageLimit = coupon.specification.usageLimit ?? null;
    const alert = usageAlert({
      readings: withCurrent(history.readings, coupon.numberOfUsages, now),
      uses: coupon.numberOfUsages,
      usageLimit,
      now,
    });
    if (!alert) continue;
    rows.push({
      id,
      code: coupon.specification.code,
      name: coupon.specification.name,
      status,
      kind: alert.kind,
      reason: reasonOf(alert, coupon, now, timeZone),
      uses: coupon.numberOfUsages,
      usageLimit,
      suggestedLimit: suggestedLimit(alert, coupon),
      revision: revisionOf(coupon.specification),
    });
  }
  return rows;
}

const hoursOf = (alert: UsageAlert) => (alert.kind === "limit-soon" ? alert.hoursLeft : 0);
