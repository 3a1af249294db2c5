import "server-only";
import { requireEnv } from "@/lib/env";

/** A link to pass on to someone outside the app, on the address Cotiza is served at. */
export const absoluteUrl = (path: string) => `${requireEnv("NEXTAUTH_URL")}${path}`;
