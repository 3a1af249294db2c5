import { z } from "zod";
import { toDecimalText } from "../decimal";

// Fields Belvo documents as nullable may also be absent in older payloads; both read as null.
export function optionalNull<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((value): z.output<S> | null => value ?? null);
}

/** Money arrives as a JSON number (sometimes text); it leaves as decimal text. */
export const moneySchema = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .refine((value) => typeof value === "string" || Number.isFinite(value))
  .transform((value) => toDecimalText(value));

export const stringList = optionalNull(z.array(z.string())).transform((value) => value ?? []);

export function pageSchema<S extends z.ZodType>(item: S) {
  return z.object({
    count: z.number().int().nonnegative(),
    next: optionalNull(z.string()),
    previous: optionalNull(z.string()),
    results: z.array(item),
  });
}

export const asyncAcceptedSchema = z.object({ request_id: z.string().min(1) });

export const documentIdSchema = z.object({
  document_type: optionalNull(z.string()),
  document_number: optionalNull(z.string()),
});

export type RawDocumentId = z.output<typeof documentIdSchema>;
