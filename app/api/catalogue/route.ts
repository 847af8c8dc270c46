// The item picker's search: /api/catalogue?namespace=stores&group=product&q=mug[&cursor=…], and
// its check of a typed-in id: /api/catalogue?namespace=stores&group=product&id=<id>.
// { available: false, message } means the catalogue refused (a Wix key without the permission).
import { defineRoute } from "@/lib/server/actions/define-route";
import { checkItem, isSearchableGroup, searchCatalogue } from "@/lib/server/catalogue/search";

export const GET = defineRoute({
  name: "GET /api/catalogue",
  // Support searches items too: the code checker's cart is picked by name.
  permission: "coupons:read",
  handler: async (request) => {
    const params = request.nextUrl.searchParams;
    const kind = { namespace: params.get("namespace") ?? "", group: params.get("group") ?? "" };
    if (!isSearchableGroup(kind.namespace, kind.group)) {
      return Response.json({ error: "Send a namespace and one of its groups, as in the scope table." }, { status: 400 });
    }
    const id = params.get("id");
    if (id !== null) {
      if (id.trim() === "" || id.length > 200) return Response.json({ error: "Send the item id to check." }, { status: 400 });
      return checkItem(kind, id.trim());
    }
    return searchCatalogue(kind, params.get("q") ?? "", params.get("cursor")?.slice(0, 2_000) || undefined);
  },
});
