// What each field of the Marketing/Coupons collection means, in the merchant's words: shown in the
// column picker (loaded when it opens), kept apart from the catalogue (fields.ts) so the table's
// first load doesn't carry a sentence per field.
import type { FieldId } from "./fields";

export const FIELD_DESCRIPTIONS: Record<FieldId, string> = {
  _id: "The coupon's ID.",
  name: "Name of the coupon.",
  code: "The code customers type at checkout.",
  startTime: "Start date and time of the coupon.",
  expirationTime: "End date and time of the coupon.",
  usageLimit: "Maximum number of times the coupon can be used.",
  limitPerCustomer: "Maximum number of uses per customer.",
  appliesToSubscriptions: "Whether the coupon applies to subscriptions.",
  limitedToOneItem: "Only the lowest-priced matching item is discounted.",
  active: "Whether the coupon is switched on.",
  minimumSubtotal: "The coupon works on orders over this amount.",
  scope: "What the coupon applies to.",
  "scope.namespace": "The Wix app the coupon applies to.",
  "scope.group.name": "The group within the namespace.",
  "scope.group.entityId": "The specific item's ID.",
  type: "The kind of discount.",
  buyXGetY: "Buy X items, get Y free.",
  fixedPriceAmount: "A specific sale price.",
  freeShipping: "Whether shipping is free.",
  moneyOffAmount: "A fixed amount off the price.",
  percentOffRate: "A percentage off the price.",
  _dateCreated: "When the coupon was created.",
  numberOfUsages: "How many times customers used the coupon.",
  expired: "Whether the end time has passed.",
  displayData: "Name, price and image of the item the coupon applies to.",
  "displayData.name": "The name of the item the coupon applies to.",
  appId: "The app that created the coupon; empty when the site owner did.",
  status: "Active, Scheduled, Expired, Inactive or Used up, as the badge shows it.",
};
