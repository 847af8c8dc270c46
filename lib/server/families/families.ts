import "server-only";
// Code families for the signed-in caller: start one from a template and a code pattern, or from the
// valid rows of an imported file; run its next batch; read it back with each code's coupon. Every
// function checks the caller itself, and what it creates goes in the audit log.
import type { UserDTO } from "@/lib/auth/roles";
import { codeOf, codePatternSchema, uniqueCodes, type CodePattern } from "@/lib/coupons/families/code-pattern";
import { parseQuery } from "@/lib/coupons/query/query";
import { parseSpecification, type CouponSpecification } from "@/lib/coupons/domain/specification";
import { DataRefusal } from "../refusal";
import { authorize } from "../auth/guards";
import { authServices } from "../auth/services";
import { perSite } from "../app-data/per-site";
import { bulkGateway, couponGateway } from "../backend";
import { runBatch, type BatchReport } from "./family-run";
import { FamilyStore, type Family } from "./family-store";

export const familyStore = perSite((sql, site) => new FamilyStore(sql, site));

const actorOf = (user: UserDTO) => ({ id: user.id, email: user.email });
const fmt = (n: number) => n.toLocaleString("en-US");

/** Any coupon on the site whose code starts with `prefix`: then the family couldn't be told apart by its codes. */
async function codesStartingWith(prefix: string): Promise<number> {
  const { totalResults, items } = await couponGateway().query({
    ...parseQuery({ filter: { code: { $startsWith: prefix } } }),
    limit: 1,
    offset: 0,
  });
  return Math.max(totalResults, items.length);
}

export async function startGeneratedFamily(input: {
  name?: string;
  template: Omit<CouponSpecification, "code">;
  pattern: CodePattern;
}): Promise<Family> {
  const user = await authorize("coupons:write");
  const parsed = codePatternSchema.safeParse(input.pattern);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[`pattern.${issue.path.join(".")}`] ??= []).push(issue.message);
    throw new DataRefusal("INVALID", "Check how the codes are made.", fieldErrors);
  }
  const pattern = parsed.data;
  // The template is checked as the coupon each code will be, with one of its codes.
  const { code: _example, ...template } = parseSpecification({ ...input.template, code: codeOf(pattern) });
  void _example;
  const clash = await familyStore().prefixClash(pattern.prefix);
  if (clash) {
    throw new DataRefusal(
      "CONFLICT",
      `The family “${clash.name}” uses the prefix ${clash.prefix}: choose a prefix that doesn't start the same way.`,
      { "pattern.prefix": ["Choose another prefix."] },
    );
  }
  const existing = await codesStartingWith(pattern.prefix);
  if (existing > 0) {
    throw new DataRefusal(
      "CONFLICT",
      `${fmt(existing)} ${existing === 1 ? "coupon's code starts" : "coupons' codes start"} with ${pattern.prefix} already: choose another prefix, so this family's codes can be told apart.`,
      {
        "pattern.prefix": ["Codes with this prefix exist already."],
      },
    );
  }
  const codes = uniqueCodes(pattern, pattern.count);
  const family = await familyStore().create({
    kind: "generated",
    name: input.name?.trim() || `${template.name} (${pattern.prefix})`,
    prefix: pattern.prefix,
    pattern,
    template,
    codes: codes.map((code) => ({ code })),
    createdBy: user.email,
  });
  await authServices().audit.record({
    actor: actorOf(user),
    action: "family.create",
    targetType: "coupon",
    summary: `Started the code family “${family.name}”: ${fmt(family.count)} codes starting with ${pattern.prefix}`,
    details: { familyId: family.id, pattern, template },
  });
  return family;
}

export async function startImportedFamily(input: { fileName: string; specifications: unknown[] }): Promise<Family> {
  const user = await authorize("coupons:write");
  const specifications = input.specifications.map((spec) => parseSpecification(spec));
  const seen = new Set<string>();
  for (const spec of specifications) {
    const key = spec.code.toUpperCase();
    if (seen.has(key)) throw new DataRefusal("INVALID", `The code ${spec.code} is in the file twice; nothing was imported.`);
    seen.add(key);
  }
  const family = await familyStore().create({
    kind: "imported",
    name: `Imported from ${input.fileName}`,
    prefix: null,
    pattern: null,
    template: null,
    codes: specifications.map((specification) => ({ code: specification.code, specification })),
    createdBy: user.email,
  });
  await authServices().audit.record({
    actor: actorOf(user),
    action: "family.create",
    targetType: "coupon",
    summary: `Started importing ${fmt(family.count)} coupons from ${input.fileName}`,
    details: { familyId: family.id, fileName: input.fileName },
  });
  return family;
}

/** The family, or a NOT_FOUND refusal. */
export async function familyOrRefuse(id: string): Promise<Family> {
  const family = await familyStore().get(id);
  if (!family) throw new DataRefusal("NOT_FOUND", "This code family doesn't exist (any more).");
  return family;
}

export async function runFamilyBatch(id: string): Promise<BatchReport> {
  const user = await authorize("coupons:write");
  const family = await familyOrRefuse(id);
  const report = await runBatch(familyStore(), bulkGateway(), family);
  if (report.created.length > 0) {
    const codes = report.created.map((c) => c.code);
    await authServices().audit.record({
      actor: actorOf(user),
      action: "coupon.bulkCreate",
      targetType: "coupon",
      coupons: report.created,
      summary: `Created ${fmt(codes.length)} ${codes.length === 1 ? "coupon" : "coupons"} of “${family.name}”: ${codes.slice(0, 5).join(", ")}${codes.length > 5 ? `, and ${fmt(codes.length - 5)} more` : ""}`,
      details: { familyId: family.id, created: report.created, failed: report.failed },
    });
  }
  return report;
}
