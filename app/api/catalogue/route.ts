// The item picker's search: /api/catalogue?namespace=stores&group=product&q=mug.
// { available: false } means this backend has no catalogue; the picker then takes a typed id.
import { defineRoute } from "@/lib/server/actions/define-route";
import { isSearchableGroup, searchCatalogue } from "@/lib/server/catalogue-search";

export const GET = defineRoute({
  name: "GET /api/catalogue",
  permission: "coupons:write",
  handler: async (request) => {
    const params = request.nextUrl.searchParams;
    const namespace = params.get("namespace") ?? "";
    const group = params.get("group") ?? "";
    if (!isSearchableGroup(namespace, group)) {
      return Response.json({ error: "Send a namespace and one of its groups, as in the scope table." }, { status: 400 });
    }
    return searchCatalogue(namespace, group, params.get("q") ?? "");
  },
});
