// The rules of a coupon specification that tie fields together (one type, scope or minimum
// subtotal, the namespace's rules, dates in order), each reported against the field to fix.
import { TYPE_RULES, presentTypeFields, typeAllowsNamespace, typeOfField } from "./coupon-types";
import type { FieldViolation } from "./errors";
import { NAMESPACE_RULES } from "./namespace-rules";
import { checkScope, isNamespace, type Namespace } from "./scope-matrix";
import type { RawSpecification } from "./specification";

/** The rules that tie fields together. Each pushes a violation naming its field. */
export function crossFieldViolations(spec: RawSpecification): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const typeFields = presentTypeFields(spec);
  if (typeFields.length === 0) {
    // Named "type": the form shows it on its type picker, and Wix clients read it as the type.
    problems.push({
      field: "type",
      description: "Choose a coupon type: moneyOffAmount, percentOffRate, fixedPriceAmount, freeShipping or buyXGetY.",
    });
    return problems;
  }
  if (typeFields.length > 1) {
    problems.push({
      field: typeFields[1]!,
      description: `A coupon has exactly one type; keep ${typeFields[0]} or ${typeFields[1]}, not both.`,
    });
    return problems;
  }
  const type = typeOfField(typeFields[0]!);
  const rule = TYPE_RULES[type];
  if (spec.type !== undefined && spec.type !== type) {
    problems.push({ field: "type", description: `type says ${spec.type} but the value given is for ${type}.` });
  }

  if (!rule.allowsScope) {
    if (spec.scope) {
      problems.push({
        field: "scope",
        description: "Free shipping applies to the whole order and takes no scope; remove scope (a minimumSubtotal is fine).",
      });
    }
  } else if (spec.scope && spec.minimumSubtotal !== undefined) {
    problems.push({
      field: "minimumSubtotal",
      description: "Use either scope (specific items) or minimumSubtotal (orders over an amount), not both.",
    });
  } else if (!spec.scope && spec.minimumSubtotal === undefined) {
    problems.push({
      field: "scope",
      description:
        "When scope or minimumSubtotal is not used - only FreeShipping coupon is allowed. Choose what the coupon applies to, or a minimum order subtotal.",
    });
  }

  const namespace = spec.scope?.namespace as Namespace | undefined;
  if (spec.scope) {
    const scopeProblem = checkScope(spec.scope);
    if (scopeProblem) problems.push(scopeProblem);
  }
  if (rule.namespaces && rule.allowsScope && !(namespace && typeAllowsNamespace(type, namespace))) {
    problems.push({
      field: namespace ? "scope.namespace" : "scope",
      description: `${rule.namespaceReason}; use the stores namespace.`,
    });
  }

  if (spec.expirationTime !== undefined && spec.expirationTime <= spec.startTime) {
    problems.push({ field: "expirationTime", description: "The end must come after the start." });
  }
  // An unknown namespace has no rules here; checkScope reported it above.
  const namespaceRule = isNamespace(namespace) ? NAMESPACE_RULES[namespace] : undefined;
  if (namespaceRule && !namespaceRule.limitPerCustomer && spec.limitPerCustomer !== undefined) {
    problems.push({
      field: "limitPerCustomer",
      description: `${namespaceRule.noLimitPerCustomer}; remove limitPerCustomer.`,
    });
  }
  if (namespaceRule?.alwaysOneItem && spec.limitedToOneItem === false) {
    problems.push({
      field: "limitedToOneItem",
      description: `${namespaceRule.alwaysOneItemReason}; leave limitedToOneItem on.`,
    });
  }
  // limitedToOneItem on another type (sale price, buy X get Y, free shipping) is undocumented, and
  // Wix stores it: accepted here, and the form doesn't offer it (TYPE_RULES.allowsLimitedToOneItem).
  if (spec.discountedCycleCount !== undefined) {
    if (!namespaceRule?.discountedCycles) {
      problems.push({
        field: "discountedCycleCount",
        description: "Discounted cycles apply only to pricing plans; use the pricingPlans namespace or remove it.",
      });
    } else if (spec.appliesToSubscriptions !== true) {
      problems.push({
        field: "discountedCycleCount",
        description: "Discounted cycles need appliesToSubscriptions set to true.",
      });
    }
  }
  return problems;
}
