// statusOf: one badge per coupon, with Expired and Used up beating the on/off switch.
import { describe, expect, it } from "vitest";
import type { Coupon } from "./model";
import { statusOf, STATUS_LABELS, STATUSES, type CouponStatus } from "./status";

const NOW = 1_714_521_600_000;
const DAY = 86_400_000;

interface Case {
  startTime: number;
  expirationTime?: number;
  usageLimit?: number;
  active?: boolean;
  numberOfUsages?: number;
}
const coupon = ({ numberOfUsages = 0, ...spec }: Case) =>
  ({ numberOfUsages, specification: { name: "N", code: "C", moneyOffAmount: 5, type: "MoneyOff", ...spec } }) as Pick<
    Coupon,
    "specification" | "numberOfUsages"
  >;

describe("statusOf", () => {
  it.each<[string, Case, CouponStatus]>([
    ["started, no end, switch never set", { startTime: NOW - DAY }, "Active"],
    ["started, switched on, ends later", { startTime: NOW - DAY, active: true, expirationTime: NOW + DAY }, "Active"],
    ["starting right now", { startTime: NOW }, "Active"],
    ["uses left", { startTime: NOW - DAY, usageLimit: 10, numberOfUsages: 9 }, "Active"],
    ["starts tomorrow", { startTime: NOW + DAY }, "Scheduled"],
    ["starts tomorrow, switched on", { startTime: NOW + DAY, active: true }, "Scheduled"],
    ["ended yesterday", { startTime: NOW - 2 * DAY, expirationTime: NOW - DAY }, "Expired"],
    ["ends exactly now", { startTime: NOW - DAY, expirationTime: NOW }, "Expired"],
    ["switched off", { startTime: NOW - DAY, active: false }, "Inactive"],
    ["used exactly up to the limit", { startTime: NOW - DAY, usageLimit: 10, numberOfUsages: 10 }, "UsedUp"],
    ["used past the limit", { startTime: NOW - DAY, usageLimit: 10, numberOfUsages: 12 }, "UsedUp"],
  ])("%s → %s", (_label, c, status) => {
    expect(statusOf(coupon(c), NOW)).toBe(status);
  });
});

describe("precedence", () => {
  it.each<[string, Case, CouponStatus]>([
    ["expired and switched off → Expired", { startTime: NOW - 2 * DAY, expirationTime: NOW - DAY, active: false }, "Expired"],
    ["expired and used up → Expired", { startTime: NOW - 2 * DAY, expirationTime: NOW - DAY, usageLimit: 1, numberOfUsages: 1 }, "Expired"],
    ["used up and switched off → UsedUp", { startTime: NOW - DAY, usageLimit: 1, numberOfUsages: 1, active: false }, "UsedUp"],
    ["future start but switched off → Inactive, not Scheduled", { startTime: NOW + DAY, active: false }, "Inactive"],
    ["future start but used up → UsedUp", { startTime: NOW + DAY, usageLimit: 1, numberOfUsages: 1 }, "UsedUp"],
  ])("%s", (_label, c, status) => {
    expect(statusOf(coupon(c), NOW)).toBe(status);
  });
});

it.each(STATUSES)("%s has a label", (status) => {
  expect(STATUS_LABELS[status]).toMatch(/\S/);
});
