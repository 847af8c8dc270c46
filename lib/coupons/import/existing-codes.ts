// Which of a file's codes the site has already, regardless of case, 100 codes a query: a file of
// 1,000 rows costs 10 calls. $hasSome compares exactly, so each code is asked for as written, in
// capitals and in small letters (each list within $hasSome's 100 values).
import type { CouponGateway } from "../domain/gateway";
import { MAX_LIMIT, parseQuery } from "../query/query";

export const CODES_PER_QUERY = 100;

function spellingLists(codes: readonly string[]): string[][] {
  const spellings = [...new Set(codes.flatMap((code) => [code, code.toUpperCase(), code.toLowerCase()]))];
  const lists: string[][] = [];
  for (let i = 0; i < spellings.length; i += CODES_PER_QUERY) lists.push(spellings.slice(i, i + CODES_PER_QUERY));
  return lists;
}

/** The codes (in capitals) of `codes` that a coupon on the site has. */
export async function existingCodes(gateway: Pick<CouponGateway, "query">, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  const wanted = [...new Set(codes.map((code) => code.toUpperCase()))];
  const distinct = [...new Map(codes.map((code) => [code.toUpperCase(), code])).values()];
  for (let i = 0; i < distinct.length; i += CODES_PER_QUERY) {
    const lists = spellingLists(distinct.slice(i, i + CODES_PER_QUERY));
    const filter = lists.length === 1 ? { code: { $hasSome: lists[0] } } : { $or: lists.map((list) => ({ code: { $hasSome: list } })) };
    const query = parseQuery({ filter, paging: { limit: MAX_LIMIT } });
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const { items, totalResults } = await gateway.query({ ...query, offset });
      for (const coupon of items) taken.add(coupon.specification.code.toUpperCase());
      if (items.length < MAX_LIMIT || offset + MAX_LIMIT >= totalResults) break;
    }
  }
  return new Set(wanted.filter((code) => taken.has(code)));
}
