// Valid coupon scopes, from Wix's scope table (WIX-API-NOTES "Valid scopes").
// The form's cascade, the specification schema and the store all read this one table.

import { isNamespace, NAMESPACES, type Namespace } from "./namespaces";

export { isNamespace, NAMESPACE_LABELS, NAMESPACES, type Namespace } from "./namespaces";

export type EntityRule = "required" | "optional" | "forbidden";

export interface ScopeRule {
  namespace: Namespace;
  /** `null` is the whole namespace, with no group. */
  group: string | null;
  entityId: EntityRule;
  /** What the coupon applies to, in a merchant's words. */
  meaning: string;
}

export const SCOPE_RULES: readonly ScopeRule[] = [
  { namespace: "stores", group: null, entityId: "forbidden", meaning: "All store products" },
  { namespace: "stores", group: "product", entityId: "required", meaning: "One product" },
  { namespace: "stores", group: "collection", entityId: "required", meaning: "One collection" },
  { namespace: "bookings", group: null, entityId: "forbidden", meaning: "All services" },
  { namespace: "bookings", group: "service", entityId: "required", meaning: "One service" },
  { namespace: "events", group: "event", entityId: "required", meaning: "One event" },
  { namespace: "events", group: "ticket", entityId: "optional", meaning: "Event tickets" },
  { namespace: "pricingPlans", group: null, entityId: "forbidden", meaning: "All pricing plans" },
  { namespace: "pricingPlans", group: "plan", entityId: "required", meaning: "One pricing plan" },
];

export const GROUP_LABELS: Record<string, string> = {
  product: "Product",
  collection: "Collection",
  service: "Service",
  event: "Event",
  ticket: "Ticket",
  plan: "Plan",
};

export function rulesFor(namespace: Namespace): ScopeRule[] {
  return SCOPE_RULES.filter((rule) => rule.namespace === namespace);
}

/** The groups a namespace offers (without the "whole namespace" row). */
export function groupsFor(namespace: Namespace): string[] {
  return rulesFor(namespace).flatMap((rule) => (rule.group ? [rule.group] : []));
}

/** Whether the namespace may stand alone, with no group (false for events). */
export function allowsWholeNamespace(namespace: Namespace): boolean {
  return rulesFor(namespace).some((rule) => rule.group === null);
}

export function findScopeRule(namespace: Namespace, group: string | null | undefined): ScopeRule | undefined {
  return SCOPE_RULES.find((rule) => rule.namespace === namespace && rule.group === (group ?? null));
}

export interface ScopeViolation {
  field: string;
  description: string;
}

/**
 * Checks a scope against the table. Returns the first problem in plain words, naming the field
 * and what would make it valid, or null when the scope is one Wix accepts.
 */
export function checkScope(scope: { namespace: string; group?: { name: string; entityId?: string | null } | null }): ScopeViolation | null {
  if (!isNamespace(scope.namespace)) {
    return {
      field: "scope.namespace",
      description: `Unknown namespace "${scope.namespace}". Use one of: ${NAMESPACES.join(", ")}.`,
    };
  }
  const groupName = scope.group?.name ?? null;
  const rule = findScopeRule(scope.namespace, groupName);
  if (!rule) {
    if (groupName === null) {
      return {
        field: "scope.group",
        description: `The ${scope.namespace} namespace needs a group: ${groupsFor(scope.namespace).join(" or ")}.`,
      };
    }
    return {
      field: "scope.group.name",
      description: `"${groupName}" is not a group of ${scope.namespace}. Use ${groupsFor(scope.namespace).join(" or ")}.`,
    };
  }
  const entityId = scope.group?.entityId;
  const hasEntity = typeof entityId === "string" && entityId.length > 0;
  if (rule.entityId === "required" && !hasEntity) {
    return {
      field: "scope.group.entityId",
      description: `Choose which ${GROUP_LABELS[groupName ?? ""]?.toLowerCase() ?? "item"} the coupon applies to: a ${scope.namespace} ${groupName} needs an entityId.`,
    };
  }
  if (rule.entityId === "forbidden" && hasEntity) {
    return { field: "scope.group.entityId", description: "An entityId needs a group; remove it or choose a group." };
  }
  return null;
}
