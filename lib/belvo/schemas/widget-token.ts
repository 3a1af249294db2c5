import { z } from "zod";

export const widgetTokenSchema = z.object({
  access: z.string().min(1),
  refresh: z.string().min(1),
});
