import type { Role } from "@/lib/auth/roles";

// Demo accounts only: `npm run db:seed` refuses to create them on a non-local database.
export const DEMO_USERS = [
  {
    role: "UNDERWRITER",
    name: "Ana Ibáñez",
    email: "underwriter@cotiza.demo",
    password: "cotiza-demo-underwriter",
  },
  { role: "TEAM_LEAD", name: "Luis Peña", email: "lead@cotiza.demo", password: "cotiza-demo-lead" },
  { role: "ADMIN", name: "María Núñez", email: "admin@cotiza.demo", password: "cotiza-demo-admin" },
] as const satisfies readonly { role: Role; name: string; email: string; password: string }[];
