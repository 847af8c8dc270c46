"use server";
// The code checker's one action, for merchants and support alike: it reads, never writes.
import { z } from "zod";
import { AMOUNT_MAX, CODE_MAX } from "@/lib/coupons/domain/specification";
import { defineAction } from "@/lib/server/actions/define-action";
import { checkCustomerCode } from "@/lib/server/checker/check-code";

const LINES_MAX = 50;

const line = z.object({
  item: z.object({
    namespace: z.string().min(1).max(40),
    group: z.string().min(1).max(40),
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(300),
  }),
  quantity: z.number({ error: "Enter how many." }).int("Enter a whole number.").min(1, "At least 1.").max(10_000, "At most 10,000."),
  unitPrice: z.number({ error: "Enter a price." }).min(0, "A price can't be negative.").max(AMOUNT_MAX, "That price is too high."),
});

const checkInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the code the customer typed.")
    .max(CODE_MAX * 2, "That is longer than any code can be."),
  lines: z.array(line).max(LINES_MAX, `Add at most ${LINES_MAX} items.`).default([]),
  subtotal: z.number({ error: "Enter the subtotal as a number." }).min(0, "A subtotal can't be negative.").max(AMOUNT_MAX).optional(),
  at: z.number().int().min(0).max(8.64e15).optional(),
  planId: z.string().min(1).max(200).optional(),
});

export const checkCode = defineAction({
  name: "checkCode",
  permission: "coupons:read",
  input: checkInput,
  handler: (input) => checkCustomerCode(input),
});
