// The emulator's own reading of which fields Wix's REST v2 query reaches, from WIX-API-NOTES
// "Filtering and sorting" and seed 002: REST filters on id, dateCreated, expired,
// specification.active, .name, .code, .usageLimit, .limitedToOneItem and the scope fields; it
// can't sort or filter uses, start or end time, type or the amounts. Written here, not taken from
// the gateway or the field catalogue, so a misreading on one side shows up against the other.

export interface RestField {
  /** The Marketing/Coupons collection field the store answers it with. */
  field: string;
  sortable: boolean;
}

export const REST_FIELDS: Record<string, RestField> = {
  id: { field: "_id", sortable: true },
  dateCreated: { field: "_dateCreated", sortable: true },
  expired: { field: "expired", sortable: false },
  "specification.active": { field: "active", sortable: false },
  "specification.name": { field: "name", sortable: true },
  "specification.code": { field: "code", sortable: true },
  "specification.usageLimit": { field: "usageLimit", sortable: true },
  "specification.limitedToOneItem": { field: "limitedToOneItem", sortable: false },
  "specification.scope.namespace": { field: "scope.namespace", sortable: false },
  "specification.scope.group.name": { field: "scope.group.name", sortable: false },
  "specification.scope.group.entityId": { field: "scope.group.entityId", sortable: false },
};
