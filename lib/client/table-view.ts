// The coupon list as the merchant last saw it in this tab (search, filters, sort, page), so
// leaving a form (Cancel, the breadcrumb, a saved edit) goes back to that view rather than to a
// bare /coupons. Kept per tab in sessionStorage; always a query string of /coupons.
const KEY = "coupons:table-view";

export function rememberTableView(query: string): void {
  try {
    window.sessionStorage.setItem(KEY, query);
  } catch {
    // Storage can be off (private mode); going back to the plain list is fine then.
  }
}

export function tableViewHref(): string {
  try {
    const query = window.sessionStorage.getItem(KEY);
    return query ? `/coupons?${query}` : "/coupons";
  } catch {
    return "/coupons";
  }
}
