import "server-only";
// Catalog V3's collections, which it calls categories (Categories API, tree `@wix/stores`), as the
// emulator reads them: Query Categories with cursor paging, any operator on its fields.
import type { CatalogueItem } from "@/lib/coupons/domain/catalogue";
import { COLLECTION_KIND, slugOf, type QueryApi } from "./catalogue";
import { flagIn, isObject, objectIn, refuse, requestedFieldsIn, type Json } from "./json";
import { cursorMetadataOut, cursorPagingIn } from "./paging";
import { OPERATORS, filterIn, sortIn, type FieldSpecs, type Operator } from "./wql";

const ALL: readonly Operator[] = OPERATORS;
const CATEGORY_FIELDS: FieldSpecs = {
  id: { ops: ALL, sortable: false, value: (i) => i.id },
  slug: { ops: ALL, sortable: false, value: (i) => slugOf(i.name) },
  visible: { ops: ALL, sortable: false, value: (i) => !i.hidden },
  "treeReference.appNamespace": { ops: ALL, sortable: false, value: () => "@wix/stores" },
  "treeReference.treeKey": { ops: ALL, sortable: false, value: () => undefined },
  name: { ops: ALL, sortable: true, value: (i) => i.name },
  "parentCategory.id": { ops: ALL, sortable: true, value: () => undefined },
  createdDate: { ops: ALL, sortable: true },
  updatedDate: { ops: ALL, sortable: true },
  managingAppId: { ops: ALL, sortable: true },
};

/** cursorPaging.limit: at most 1,000; [guess] 100 when absent. */
const CATEGORY_LIMITS = { defaultLimit: 100, maxLimit: 1000 };

/** `treeReference`: required; Wix Stores' tree is `{ appNamespace: "@wix/stores" }`, treeKey null or absent. */
function treeReferenceIn(raw: unknown): void {
  if (raw === undefined || raw === null) refuse("treeReference", "treeReference is required.");
  if (!isObject(raw)) refuse("treeReference", "treeReference is an object: { appNamespace, treeKey }.");
  const tree = raw as Json;
  if (tree.appNamespace === undefined || tree.appNamespace === null || tree.appNamespace === "")
    refuse("treeReference.appNamespace", "treeReference.appNamespace is required.");
  // [guess] another app's tree, or a tree key, names a tree this store doesn't have: refused as a bad argument.
  if (tree.appNamespace !== "@wix/stores")
    refuse("treeReference.appNamespace", 'This emulator serves Wix Stores\' tree only: appNamespace "@wix/stores".');
  if (tree.treeKey !== undefined && tree.treeKey !== null)
    refuse("treeReference.treeKey", "Wix Stores has one tree: send treeKey null or leave it out.");
}

/** A category of the store's tree: `{ id, name, slug, visible, treeReference }`. */
export const categoryOut = (item: CatalogueItem, fields: ReadonlySet<string>): Json => ({
  id: item.id,
  name: item.name,
  slug: slugOf(item.name),
  visible: !item.hidden,
  treeReference: { appNamespace: "@wix/stores" },
  ...(fields.has("BREADCRUMBS_INFO") ? { breadcrumbsInfo: { breadcrumbs: [] } } : {}),
});

export const V3_CATEGORIES: QueryApi = {
  key: "stores/collection",
  kind: COLLECTION_KIND,
  path: "/categories/v1/categories/query",
  app: "Wix Stores",
  catalog: "V3_CATALOG",
  read(body) {
    treeReferenceIn(body.treeReference);
    const nonVisible = flagIn(body.returnNonVisibleCategories, "returnNonVisibleCategories");
    const fields = requestedFieldsIn(body.fields, ["BREADCRUMBS_INFO", "DESCRIPTION", "RICH_CONTENT_DESCRIPTION"]);
    const query = objectIn(body.query, "query");
    const { page, parts } = cursorPagingIn(query, "query", "/categories/v1/categories/query", CATEGORY_LIMITS, {
      filter: query.filter,
      sort: query.sort,
    });
    const matches = filterIn(parts.filter, CATEGORY_FIELDS);
    return {
      matches: (item) => (nonVisible || !item.hidden) && matches(item),
      compare: sortIn(parts.sort, CATEGORY_FIELDS),
      page,
      itemOut: (item) => categoryOut(item, fields),
    };
  },
  answer: (list, page) => ({ categories: list, pagingMetadata: cursorMetadataOut(page) }),
};
