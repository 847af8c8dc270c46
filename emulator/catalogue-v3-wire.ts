// For the emulator's Catalog V3 tests: the endpoints they call, Wix Stores' category tree, and a
// Search Products body with free text.
export const SEARCH = "/stores/v3/products/search";
export const QUERY = "/stores/v3/products/query";
export const CATEGORIES = "/categories/v1/categories/query";
export const STORES = "@wix/stores";

export const search = (expression: string, extra: Record<string, unknown> = {}) => ({ search: { search: { expression, ...extra } } });
