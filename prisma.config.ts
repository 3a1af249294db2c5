import path from "node:path";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded here; `prisma generate` only needs the variable to
// name an existing file. Migrations run through our WASM-based tool (scripts/migrate/main.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
