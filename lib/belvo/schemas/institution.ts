import { z } from "zod";
import { optionalNull, stringList } from "./common";

const formFieldSchema = z.object({
  name: z.string(),
  type: z.string(),
  label: optionalNull(z.string()),
  validation: optionalNull(z.string()),
  validation_message: optionalNull(z.string()),
  placeholder: optionalNull(z.string()),
  value: optionalNull(z.string()),
});

export const institutionSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  type: z.string(),
  display_name: z.string(),
  website: optionalNull(z.string()),
  country_codes: stringList,
  primary_color: optionalNull(z.string()),
  logo: optionalNull(z.string()),
  icon_logo: optionalNull(z.string()),
  text_logo: optionalNull(z.string()),
  form_fields: optionalNull(z.array(formFieldSchema)).transform((value) => value ?? []),
  features: optionalNull(
    z.array(z.object({ name: z.string(), description: optionalNull(z.string()) })),
  ).transform((value) => value ?? []),
  resources: stringList,
  integration_type: optionalNull(z.string()),
  status: z.string(),
});

export type RawInstitution = z.output<typeof institutionSchema>;
