// Views are offered per backend: all of them where the collection's sorts are available, only the
// plain list on REST alone, and an unknown or unavailable view falls back to the plain list.
import { describe, expect, it } from "vitest";
import { CATALOGUE_CAPABILITIES, REST_CAPABILITIES } from "./capabilities";
import { availableViews, resolveView, viewQuery, COUPON_VIEWS } from "./views";

describe("views", () => {
  it("are all offered by a backend with the collection's capabilities", () => {
    expect(availableViews(CATALOGUE_CAPABILITIES).map((v) => v.id)).toEqual(["all", "most-used", "expiring-soon"]);
  });

  it("that REST alone can't answer are not offered, and not run when asked for", () => {
    expect(availableViews(REST_CAPABILITIES).map((v) => v.id)).toEqual(["all"]);
    expect(resolveView("most-used", REST_CAPABILITIES).id).toBe("all");
    expect(resolveView("no-such-view", CATALOGUE_CAPABILITIES).id).toBe("all");
  });

  it("expiring soon means an end still ahead, soonest first", () => {
    const view = COUPON_VIEWS.find((v) => v.id === "expiring-soon")!;
    expect(viewQuery(view, 1_000, { limit: 25, offset: 0 })).toEqual({
      filter: { kind: "cond", field: "expirationTime", op: "$gt", value: 1_000 },
      sort: [{ field: "expirationTime", order: "asc" }, { field: "code", order: "asc" }],
      limit: 25,
      offset: 0,
    });
  });
});
