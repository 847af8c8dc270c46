"use server";
// Code families: start one from the coupon form's template and a code pattern, and create its
// codes one batch (up to 100, one bulk call) at a time, so the page shows progress, can stop, and
// can be come back to. Merchants only.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { startFamilyInputSchema } from "@/lib/coupons/families/family-input";
import { defineAction } from "@/lib/server/actions/define-action";
import { runFamilyBatch as runBatch, startGeneratedFamily } from "@/lib/server/families/families";

const familyId = z.string().uuid("This isn't a code family.");

export const startFamily = defineAction({
  name: "startFamily",
  permission: "coupons:write",
  // The template is the form's specification without a code; the domain schema checks it on the server.
  input: startFamilyInputSchema,
  handler: async ({ name, template, pattern }) => {
    const family = await startGeneratedFamily({ name, template: template as never, pattern });
    return { familyId: family.id };
  },
});

export const runFamilyBatch = defineAction({
  name: "runFamilyBatch",
  permission: "coupons:write",
  input: z.object({ familyId }),
  handler: async ({ familyId: id }) => {
    const report = await runBatch(id);
    if (report.progress.pending === 0) revalidatePath("/", "layout");
    return report;
  },
});
