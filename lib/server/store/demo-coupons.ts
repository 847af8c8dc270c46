// Generates demo coupons deterministically: coupon i is always the same coupon, so seeding is
// idempotent and a 100,000-coupon store can be topped up. Covers every type, scope and status.
import { TYPE_RULES, COUPON_TYPES, typeAllowsNamespace, type CouponType } from "@/lib/coupons/domain/coupon-types";
import { SCOPE_RULES, type ScopeRule } from "@/lib/coupons/domain/scope-matrix";
import { seededRandom } from "@/lib/seeded-random";
import { demoItems } from "./demo-catalogue";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Demo coupons start and end on whole hours, as merchants set them, not at the seed's minute. */
const START_HOURS = [0, 9, 8, 12, 6, 10];
const END_HOURS = [23, 22, 18, 23, 21];
/** The day of `ms` (UTC) at `hour`: never earlier than the day's start, never past its end. */
const onTheHour = (ms: number, hour: number) => Math.floor(ms / DAY) * DAY + hour * HOUR;

const THEMES = [
  ["Spring Sale", "SPRING"],
  ["Summer Splash", "SUMMER"],
  ["Welcome Gift", "WELCOME"],
  ["VIP Thank You", "VIP"],
  ["Black Friday", "BLACKFRI"],
  ["Cyber Monday", "CYBER"],
  ["Loyalty Reward", "LOYAL"],
  ["Birthday Treat", "BDAY"],
  ["Newsletter Friends", "NEWS"],
  ["Back to School", "SCHOOL"],
  ["Holiday Cheer", "HOLIDAY"],
  ["Flash Deal", "FLASH"],
  ["Staff Pick", "STAFF"],
  ["Weekend Special", "WEEKEND"],
  ["First Order", "FIRST"],
  ["Come Back Soon", "COMEBACK"],
] as const;

const VARIANTS = ["", "Online", "Members", "Early Access", "Weekend", "Encore", "Friends & Family", "Last Chance", "In-store", "Extra"];

const STATUS_PLAN = ["active", "active", "active", "scheduled", "expired", "inactive", "usedUp", "active"] as const;

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function typeValue(type: CouponType, rand: () => number): Record<string, unknown> {
  switch (type) {
    case "MoneyOff":
      return { moneyOffAmount: pick(rand, [5, 10, 15, 20, 25, 50]) };
    case "PercentOff":
      return { percentOffRate: pick(rand, [5, 10, 15, 20, 25, 30, 40, 50]) };
    case "FixedPrice":
      return { fixedPriceAmount: pick(rand, [9.99, 14.99, 19.99, 29.99, 49]) };
    case "FreeShipping":
      return { freeShipping: true };
    case "BuyXGetY":
      return {
        buyXGetY: pick(rand, [
          { x: 2, y: 1 },
          { x: 3, y: 1 },
          { x: 1, y: 1 },
          { x: 4, y: 2 },
        ]),
      };
  }
}

function scopeFor(rule: ScopeRule, rand: () => number) {
  if (rule.group === null) return { namespace: rule.namespace };
  const items = demoItems(rule.namespace, rule.group);
  const withEntity = rule.entityId === "required" || (rule.entityId === "optional" && rand() < 0.6);
  return {
    namespace: rule.namespace,
    group: withEntity ? { name: rule.group, entityId: pick(rand, items).id } : { name: rule.group },
  };
}

export interface DemoCoupon {
  specification: Record<string, unknown>;
  numberOfUsages: number;
  dateCreated: number;
}

/** Coupon number `i` of the demo set, relative to `now`. */
export function demoCoupon(i: number, now: number): DemoCoupon {
  const rand = seededRandom(i * 2654435761 + 17);
  const type = COUPON_TYPES[i % COUPON_TYPES.length]!;
  const rules = SCOPE_RULES.filter((r) => typeAllowsNamespace(type, r.namespace));
  const status = STATUS_PLAN[Math.floor(i / COUPON_TYPES.length) % STATUS_PLAN.length]!;
  const [theme, prefix] = THEMES[i % THEMES.length]!;

  const variant = VARIANTS[Math.floor(i / THEMES.length) % VARIANTS.length];
  const spec: Record<string, unknown> = {
    name: variant ? `${theme} · ${variant}` : theme,
    code: `${prefix}${(i + 1).toString(36).toUpperCase()}`,
    ...typeValue(type, rand),
  };
  // Spread scopes evenly: every valid scope appears for every type; some use a minimum subtotal.
  const useSubtotal = TYPE_RULES[type].namespaces === null && Math.floor(i / 40) % 4 === 3;
  if (!TYPE_RULES[type].allowsScope || useSubtotal) {
    if (type !== "FreeShipping" || rand() < 0.5) spec.minimumSubtotal = pick(rand, [25, 50, 75, 100, 150]);
  } else {
    const rule = rules[Math.floor(i / COUPON_TYPES.length) % rules.length]!;
    spec.scope = scopeFor(rule, rand);
    if (rule.namespace === "pricingPlans" && rand() < 0.5) {
      spec.appliesToSubscriptions = true;
      spec.discountedCycleCount = pick(rand, [1, 3, 6, 12]);
    }
    if (rule.namespace !== "bookings" && rand() < 0.5) spec.limitPerCustomer = pick(rand, [1, 1, 2, 5]);
  }
  if (TYPE_RULES[type].allowsLimitedToOneItem && spec.scope && rand() < 0.3) spec.limitedToOneItem = true;

  const daysAgo = Math.floor(rand() * 300) + 30;
  let startTime = now - daysAgo * DAY;
  let expirationTime: number | undefined = rand() < 0.6 ? now + Math.floor(1 + rand() * 90) * DAY : undefined;
  let usageLimit: number | undefined = rand() < 0.5 ? pick(rand, [50, 100, 200, 500, 1000]) : undefined;
  // Usage is skewed, as in real shops: most coupons see little use, a few see a lot.
  let numberOfUsages = Math.floor(Math.pow(rand(), 3) * 400);
  if (status === "scheduled") {
    startTime = now + Math.floor(1 + rand() * 30) * DAY;
    expirationTime = startTime + 14 * DAY;
    numberOfUsages = 0;
  } else if (status === "expired") {
    expirationTime = now - Math.floor(1 + rand() * 25) * DAY;
  } else if (status === "inactive") {
    spec.active = false;
  } else if (status === "usedUp") {
    usageLimit = pick(rand, [10, 25, 50, 100]);
    numberOfUsages = usageLimit;
  }
  if (usageLimit !== undefined) numberOfUsages = Math.min(numberOfUsages, usageLimit);
  // Same day, whole hours. Statuses hold: a start or end a day or more away stays on its side of now.
  startTime = onTheHour(startTime, START_HOURS[i % START_HOURS.length]!);
  if (expirationTime !== undefined)
    expirationTime = status === "scheduled" ? startTime + 14 * DAY : onTheHour(expirationTime, END_HOURS[i % END_HOURS.length]!);
  spec.startTime = startTime;
  if (expirationTime !== undefined) spec.expirationTime = expirationTime;
  if (usageLimit !== undefined) spec.usageLimit = usageLimit;

  // Created before it starts, and never in the future.
  const dateCreated = Math.min(startTime, now) - Math.floor(rand() * 10 * DAY);
  return { specification: spec, numberOfUsages, dateCreated };
}
