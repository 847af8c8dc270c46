// The scope table against WIX-API-NOTES "Valid scopes": what checkScope accepts and the field and
// fix each rejection names.
import { describe, expect, it } from "vitest";
import {
  allowsWholeNamespace,
  checkScope,
  findScopeRule,
  groupsFor,
  NAMESPACES,
  SCOPE_RULES,
  type Namespace,
  type ScopeRule,
} from "./scope-matrix";

type Scope = Parameters<typeof checkScope>[0];

/** The notes' table, copied by hand so a change to SCOPE_RULES must be a deliberate one. */
const NOTES_TABLE: [Namespace, string | null, ScopeRule["entityId"]][] = [
  ["stores", null, "forbidden"],
  ["stores", "product", "required"],
  ["stores", "collection", "required"],
  ["bookings", null, "forbidden"],
  ["bookings", "service", "required"],
  ["events", "event", "required"],
  ["events", "ticket", "optional"],
  ["pricingPlans", null, "forbidden"],
  ["pricingPlans", "plan", "required"],
];

/** A scope for the rule, with or without an entityId. A whole-namespace entityId has no group name. */
function scopeFor(rule: ScopeRule, entityId: string | undefined): Scope {
  if (rule.group === null) {
    return entityId === undefined
      ? { namespace: rule.namespace }
      : ({ namespace: rule.namespace, group: { entityId } } as unknown as Scope);
  }
  return { namespace: rule.namespace, group: entityId === undefined ? { name: rule.group } : { name: rule.group, entityId } };
}

describe("SCOPE_RULES", () => {
  it("is exactly the table in WIX-API-NOTES", () => {
    expect(SCOPE_RULES.map((r) => [r.namespace, r.group, r.entityId])).toEqual(NOTES_TABLE);
  });

  it.each(SCOPE_RULES)("$namespace/$group has a merchant-facing meaning", (rule) => {
    expect(rule.meaning.trim()).not.toBe("");
    expect(findScopeRule(rule.namespace, rule.group)).toBe(rule);
  });
});

describe.each(SCOPE_RULES)("checkScope on $namespace / $group (entityId $entityId)", (rule) => {
  const withoutEntity = scopeFor(rule, undefined);
  const withEntity = scopeFor(rule, "item-123");

  if (rule.entityId === "required") {
    it("rejects a scope without an entityId, naming scope.group.entityId and asking for the item", () => {
      expect(checkScope(withoutEntity)).toEqual({
        field: "scope.group.entityId",
        description: expect.stringMatching(new RegExp(`Choose which .* the coupon applies to.*needs an entityId`)),
      });
    });
    it("treats an empty entityId as missing", () => {
      expect(checkScope(scopeFor(rule, ""))?.field).toBe("scope.group.entityId");
    });
    it("accepts a scope with an entityId", () => {
      expect(checkScope(withEntity)).toBeNull();
    });
  }

  if (rule.entityId === "optional") {
    it.each([
      ["without", withoutEntity],
      ["with", withEntity],
    ])("accepts a scope %s an entityId", (_label, scope) => {
      expect(checkScope(scope)).toBeNull();
    });
  }

  if (rule.entityId === "forbidden") {
    it("accepts the whole namespace", () => {
      expect(checkScope(withoutEntity)).toBeNull();
      expect(checkScope({ namespace: rule.namespace, group: null })).toBeNull();
    });
    it("rejects an entityId without a group, saying to remove it or pick a group", () => {
      expect(checkScope(withEntity)).toEqual({
        field: "scope.group.entityId",
        description: expect.stringMatching(/remove it or choose a group/),
      });
    });
  }
});

describe("checkScope rejections", () => {
  it.each([{ namespace: "events" }, { namespace: "events", group: null }])(
    "rejects events with no group, naming scope.group and offering event or ticket (%j)",
    (scope) => {
      expect(checkScope(scope)).toEqual({
        field: "scope.group",
        description: expect.stringMatching(/events namespace needs a group: event or ticket/),
      });
    },
  );

  it.each(["store", "Stores", "", "wixStores", "pricingplans", "marketing"])("rejects unknown namespace %j", (namespace) => {
    expect(checkScope({ namespace })).toEqual({
      field: "scope.namespace",
      description: expect.stringContaining("Use one of: stores, bookings, events, pricingPlans"),
    });
  });

  it.each([
    ["stores", "service", "product or collection"],
    ["stores", "Product", "product or collection"],
    ["bookings", "product", "service"],
    ["events", "plan", "event or ticket"],
    ["pricingPlans", "product", "plan"],
    ["pricingPlans", "", "plan"],
  ])("rejects %s group %j, naming scope.group.name and listing %s", (namespace, name, valid) => {
    expect(checkScope({ namespace, group: { name, entityId: "x" } })).toEqual({
      field: "scope.group.name",
      description: expect.stringContaining(`Use ${valid}`),
    });
  });
});

describe.each<[Namespace, string[], boolean]>([
  ["stores", ["product", "collection"], true],
  ["bookings", ["service"], true],
  ["events", ["event", "ticket"], false],
  ["pricingPlans", ["plan"], true],
])("namespace %s", (namespace, groups, whole) => {
  it(`offers the groups ${groups.join(", ")}`, () => {
    expect(groupsFor(namespace)).toEqual(groups);
  });
  it(`${whole ? "may" : "may not"} stand alone without a group`, () => {
    expect(allowsWholeNamespace(namespace)).toBe(whole);
  });
});

it("covers every namespace in the catalogue", () => {
  expect([...NAMESPACES]).toEqual(["stores", "bookings", "events", "pricingPlans"]);
});
