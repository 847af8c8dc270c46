// The gateway's catalogue sources against a fake Wix that records what it was sent: the scan that
// stands in for a name filter Events lacks, cursor paging that sends only the cursor, and Catalog
// V1's hidden products for a key that may not manage them.
import { describe, expect, it } from "vitest";
import * as shapes from "./catalogue-items";
import {
  CatalogueRefused,
  cursorSource,
  offsetSource,
  scanSource,
  SCAN_MAX_PAGES,
  withHiddenProducts,
  type Post,
} from "./catalogue-sources";

type Body = {
  query: {
    filter?: Record<string, unknown>;
    paging?: { limit: number; offset: number };
    cursorPaging?: { limit: number; cursor?: string };
  };
  includeHiddenProducts?: boolean;
};

/** Events V3 as the docs describe it: offset pages of events by title, `id $in`, no `$startsWith`. */
function fakeEvents(titles: string[]) {
  const sent: Body[] = [];
  const events = titles.map((title, i) => ({ id: `e${i}`, title })).sort((a, b) => a.title.localeCompare(b.title));
  const post: Post = async (_path, raw) => {
    const body = raw as Body;
    sent.push(body);
    const ids = (body.query.filter?.id as { $in?: string[] } | undefined)?.$in;
    if (JSON.stringify(body.query.filter ?? {}).includes("$startsWith")) throw new Error("Events V3 has no $startsWith on title");
    const { limit, offset } = body.query.paging!;
    const list = ids ? events.filter((e) => ids.includes(e.id)) : events;
    return {
      events: list.slice(offset, offset + limit),
      pagingMetadata: { count: Math.min(limit, list.length - offset), offset, total: list.length },
    };
  };
  return { post, sent };
}

const EVENTS = scanSource({ path: "/events/v3/events/query", listKey: "events", shape: shapes.event, nameField: "title" });
const numbered = (n: number, name: string) => Array.from({ length: n }, (_, i) => `${name} ${String(i).padStart(3, "0")}`);

describe("a scan (Events: no prefix filter on the title)", () => {
  it("finds an event by any part of its title, in any case and without accents, across pages", async () => {
    const { post, sent } = fakeEvents([...numbered(150, "Workshop"), "Summer Gala", "Café Night"]);
    expect((await EVENTS.search(post, "gala", 20)).items.map((i) => i.name)).toEqual(["Summer Gala"]);
    expect((await EVENTS.search(post, "cafe", 20)).items.map((i) => i.name)).toEqual(["Café Night"]);
    expect(sent.every((b) => b.query.paging!.limit === 100)).toBe(true);
  });

  it("pages on from where the last page's matches ended, missing none and repeating none", async () => {
    const { post } = fakeEvents(numbered(45, "Gala"));
    const first = await EVENTS.search(post, "gala", 20);
    const second = await EVENTS.search(post, "gala", 20, first.nextCursor);
    const third = await EVENTS.search(post, "gala", 20, second.nextCursor);
    expect([...first.items, ...second.items, ...third.items].map((i) => i.name)).toEqual(numbered(45, "Gala"));
    expect(third.nextCursor).toBeUndefined();
  });

  it("reads at most a few pages per search, and says where to go on", async () => {
    const { post, sent } = fakeEvents([...numbered(500, "Class"), "Zebra Run"]);
    const page = await EVENTS.search(post, "zebra", 20);
    expect(sent).toHaveLength(SCAN_MAX_PAGES);
    expect(page.items).toEqual([]);
    expect(page.nextCursor).toBe(String(SCAN_MAX_PAGES * 100));
    expect((await EVENTS.search(post, "zebra", 20, page.nextCursor)).items.map((i) => i.name)).toEqual(["Zebra Run"]);
  });

  it("looks events up by id in one call", async () => {
    const { post, sent } = fakeEvents(numbered(10, "Gala"));
    expect((await EVENTS.getMany(post, ["e3", "nope"])).items.map((i) => i.id)).toEqual(["e3"]);
    expect(sent).toHaveLength(1);
  });
});

describe("cursor paging (Pricing Plans V3, Categories)", () => {
  it("sends the filter on the first page and only the cursor after", async () => {
    const sent: Body[] = [];
    const post: Post = async (_path, body) => {
      sent.push(body as Body);
      const cursor = (body as Body).query.cursorPaging?.cursor;
      return cursor
        ? { plans: [{ id: "p3", name: "Gold 3" }], pagingMetadata: { count: 1, cursors: {}, hasNext: false } }
        : {
            plans: [
              { id: "p1", name: "Gold 1" },
              { id: "p2", name: "Gold 2" },
            ],
            pagingMetadata: { count: 2, cursors: { next: "abc" }, hasNext: true },
          };
    };
    const plans = cursorSource({ path: "/pricing-plans/v3/plans/query", listKey: "plans", shape: shapes.plan });
    const first = await plans.search(post, "gold", 2);
    expect(first.nextCursor).toBe("abc");
    const second = await plans.search(post, "gold", 2, first.nextCursor);
    expect(second).toEqual({ items: [{ id: "p3", name: "Gold 3" }], nextCursor: undefined });
    expect(sent[0]!.query).toMatchObject({ filter: { name: { $startsWith: "gold" } }, cursorPaging: { limit: 2 } });
    expect(sent[1]!.query).toEqual({ cursorPaging: { limit: 2, cursor: "abc" } });
  });
});

describe("Catalog V1's hidden products", () => {
  const PRODUCTS = [
    { id: "mug", name: "Blue Mug", visible: true },
    { id: "jacket", name: "Rain Jacket", visible: false },
  ];
  /** A key with Read Products only: asking for hidden products is refused. */
  function readOnlyKey() {
    const sent: Body[] = [];
    const post: Post = async (path, raw) => {
      const body = raw as Body;
      sent.push(body);
      if (body.includeHiddenProducts) throw new CatalogueRefused(path);
      const filter = JSON.parse(body.query.filter as unknown as string) as { id?: { $in: string[] } };
      return { products: PRODUCTS.filter((p) => p.visible && (!filter.id || filter.id.$in.includes(p.id))) };
    };
    return { post, sent };
  }
  const spec = { path: "/stores/v1/products/query", listKey: "products", shape: shapes.productV1, nameField: "name", filterAsString: true };
  const products = () => withHiddenProducts(offsetSource({ ...spec, extra: { includeHiddenProducts: true } }), offsetSource(spec));

  it("are asked for; a key that may not see them gets the visible ones, and the rest are unknown, not gone", async () => {
    const { post, sent } = readOnlyKey();
    const source = products();
    expect(await source.getMany(post, ["mug", "jacket", "deleted"])).toEqual({
      items: [{ id: "mug", name: "Blue Mug" }],
      unknown: ["jacket", "deleted"],
    });
    expect(sent.map((b) => Boolean(b.includeHiddenProducts))).toEqual([true, false]);
    await source.getMany(post, ["mug"]);
    expect(sent).toHaveLength(3);
  });

  it("with the permission, a hidden product is found and marked hidden", async () => {
    const post: Post = async () => ({ products: PRODUCTS });
    expect(await products().getMany(post, ["jacket", "deleted"])).toEqual({
      items: [{ id: "jacket", name: "Rain Jacket", hidden: true }],
      unknown: [],
    });
  });
});
