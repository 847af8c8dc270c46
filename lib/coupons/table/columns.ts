// The table's columns: which there are, in what order, which show by default, and the cookie that
// keeps the merchant's own choice.
import { COLUMN_FIELDS, fieldById, type FieldId } from "../domain/fields";

/** The table's columns: the collection's fields plus the derived status badge, in display order. */
const LEADING: FieldId[] = ["code", "name", "type", "scope", "status", "numberOfUsages", "startTime", "expirationTime"];
export const TABLE_COLUMNS: readonly FieldId[] = [
  ...LEADING,
  ...COLUMN_FIELDS.map((f) => f.id as FieldId).filter((id) => !LEADING.includes(id)),
];
/** The catalogue's default columns, plus the status badge (derived, so not a catalogue column). */
export const DEFAULT_COLUMNS: readonly FieldId[] = TABLE_COLUMNS.filter((id) => id === "status" || fieldById(id)?.defaultVisible);
/** The code identifies a coupon on screen and opens its details; it can't be hidden. */
export const ALWAYS_VISIBLE: FieldId = "code";

/** The merchant's column choice, kept in this cookie so a plain /coupons opens with it. */
export const COLUMNS_COOKIE = "coupon-table-columns";
