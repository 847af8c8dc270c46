"use server";
// Importing coupons from a CSV file: first a dry run that reads and checks every row and writes
// nothing, then the valid rows' specifications become an "imported" code family, which the family
// page creates in batches with progress. Merchants only.
import { z } from "zod";
import { FILE_PROBLEMS, MAX_FILE_NAME, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/coupons/import/limits";
import { defineAction } from "@/lib/server/actions/define-action";
import { startImportedFamily } from "@/lib/server/families/families";
import { dryRunImport } from "@/lib/server/families/import-dry-run";

const fileName = z
  .string()
  .trim()
  .min(1, "The file has no name.")
  .max(MAX_FILE_NAME, `A file name has at most ${MAX_FILE_NAME} characters.`);

export const checkImport = defineAction({
  name: "checkImport",
  permission: "coupons:write",
  // The size in bytes is checked again by the dry run; in characters, here, before anything is read.
  input: z.object({ fileName, text: z.string().max(MAX_IMPORT_BYTES, FILE_PROBLEMS.tooLarge()) }),
  handler: async (input) => dryRunImport(input),
});

export const startImport = defineAction({
  name: "startImport",
  permission: "coupons:write",
  // Each specification is checked again with the domain schema by startImportedFamily.
  input: z.object({
    fileName,
    specifications: z
      .array(z.unknown())
      .min(1, "There is no valid row to create.")
      .max(MAX_IMPORT_ROWS, `An import creates at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} coupons at a time.`),
  }),
  handler: async ({ fileName: name, specifications }) => {
    const family = await startImportedFamily({ fileName: name, specifications });
    return { familyId: family.id };
  },
});
