// AUTH: wrap at merge
// The item picker's search: /api/catalogue?namespace=stores&group=product&q=mug.
// { available: false } means this backend has no catalogue; the picker then takes a typed id.
import type { NextRequest } from "next/server";
import { isSearchableGroup, searchCatalogue } from "@/lib/server/catalogue-search";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const namespace = params.get("namespace") ?? "";
  const group = params.get("group") ?? "";
  if (!isSearchableGroup(namespace, group)) {
    return Response.json({ error: "Send a namespace and one of its groups, as in the scope table." }, { status: 400 });
  }
  return Response.json(searchCatalogue(namespace, group, params.get("q") ?? ""), { headers: { "Cache-Control": "no-store" } });
}
