// The table's sparkline: points spread across the width, scaled to the busiest day, and its words.
import { describe, expect, it } from "vitest";
import { sparklineLabel, sparklinePoints } from "./sparkline";

const pairs = (points: string) => points.split(" ").map((p) => p.split(",").map(Number) as [number, number]);

describe("sparklinePoints", () => {
  it("spreads x evenly between the pads and puts the busiest day at the top", () => {
    expect(sparklinePoints([0, 5, 10])).toBe("1.5,14.5 28,8 54.5,1.5");
  });

  it("a week: 7 points, the quietest day at the bottom, one decimal at most", () => {
    const points = sparklinePoints([3, 0, 7, 7, 2, 14, 1]);
    const xy = pairs(points);
    expect(xy).toHaveLength(7);
    expect(xy[0]![0]).toBe(1.5);
    expect(xy[6]![0]).toBe(54.5);
    expect(xy[5]![1]).toBe(1.5);
    expect(xy[1]![1]).toBe(14.5);
    expect(xy[2]![1]).toBe(8);
    expect(points).toMatch(/^(\d+(\.\d)?,\d+(\.\d)? ?)+$/);
  });

  it("no uses at all: a flat line along the bottom", () => {
    expect(pairs(sparklinePoints([0, 0, 0, 0, 0, 0, 0])).map(([, y]) => y)).toEqual([14.5, 14.5, 14.5, 14.5, 14.5, 14.5, 14.5]);
  });

  it("takes another size", () => {
    expect(sparklinePoints([1, 2], { width: 100, height: 20, pad: 0 })).toBe("0,10 100,0");
  });

  it("one day draws a level line across; none draws nothing", () => {
    expect(sparklinePoints([4])).toBe("1.5,1.5 54.5,1.5");
    expect(sparklinePoints([])).toBe("");
  });
});

describe("sparklineLabel", () => {
  it.each([
    [[2, 0, 3, 1, 0, 4, 2], "12 uses in the last 7 days"],
    [[0, 0, 0, 1, 0, 0, 0], "1 use in the last 7 days"],
    [[0, 0, 0, 0, 0, 0, 0], "No uses in the last 7 days"],
    [[1000, 234, 0, 0, 0, 0, 0], "1,234 uses in the last 7 days"],
  ])("%j: %s", (perDay, label) => expect(sparklineLabel(perDay)).toBe(label));
});
