// Facet values in a merchant's words: the status badge's labels, the type names the form uses,
// the namespaces as Wix's dashboard calls them, the switches as what they mean.
import { COUPON_TYPES, TYPE_LABELS } from "@/lib/coupons/domain/type-names";
import { labelOf, type FacetKey } from "@/lib/coupons/domain/fields";
import { NAMESPACE_LABELS } from "@/lib/coupons/domain/namespaces";
import { STATUS_LABELS } from "@/lib/coupons/domain/status";

export const FACET_LABELS: Record<FacetKey, { title: string; values: Record<string, string> }> = {
  status: { title: labelOf("status"), values: STATUS_LABELS },
  type: { title: labelOf("type"), values: Object.fromEntries(COUPON_TYPES.map((t) => [t, TYPE_LABELS[t]])) },
  namespace: { title: labelOf("scope"), values: NAMESPACE_LABELS },
  // "Active" is a status too (on, started, not ended, not used up), so the switch is named as one.
  active: { title: "Switched on", values: { true: "Yes", false: "No" } },
  expired: { title: labelOf("expired"), values: { false: "No", true: "Yes" } },
};
