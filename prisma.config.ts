import { defineConfig } from "prisma/config";

// Only `prisma generate` runs here: migrations are applied by lib/db/migrate.ts
// (npm run db:migrate), because Prisma's native schema engine is not available
// on every machine Warta is built on.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
