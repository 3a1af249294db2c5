import { z } from "zod";
import { optionalNull, stringList } from "./common";

export const linkSchema = z.object({
  id: z.string().min(1),
  institution: z.string().min(1),
  access_mode: optionalNull(z.enum(["single", "recurrent"])),
  status: z.string().min(1),
  refresh_rate: optionalNull(z.string()),
  created_by: optionalNull(z.string()),
  created_at: z.string().min(1),
  last_accessed_at: optionalNull(z.string()),
  external_id: optionalNull(z.string()),
  institution_user_id: optionalNull(z.string()),
  credentials_storage: optionalNull(z.string()),
  stale_in: optionalNull(z.string()),
  fetch_resources: stringList,
});

export type RawLink = z.output<typeof linkSchema>;
