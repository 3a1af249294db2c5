import { z } from "zod";
import {
  accessModeSchema,
  applicantNameSchema,
  referenceSchema,
} from "@/lib/connect/new-applicant";
import { declaredMonthlyIncomeSchema } from "./declared-income";

// Shared by the browser form and the server.
export const newInviteSchema = z.object({
  applicantName: applicantNameSchema,
  reference: referenceSchema,
  accessMode: accessModeSchema,
  declaredMonthlyIncome: declaredMonthlyIncomeSchema,
});
