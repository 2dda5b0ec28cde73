import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; in tests every module is server code.
  "server-only": path.join(root, "tests/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "app/**/*.test.ts",
            "prisma/**/*.test.ts",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
            "server/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          setupFiles: ["tests/setup-console.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          globalSetup: ["tests/integration-global-setup.ts"],
          setupFiles: ["tests/setup-console.ts"],
          // One worker, one database: embedded PGlite allows a single process per data folder,
          // and a shared server database keeps tests honest about not asserting table totals.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Fault drills against the production build (npm run build first): real processes,
          // signals and database outages. scripts/test.sh runs them after the build.
          name: "drills",
          environment: "node",
          include: ["drills/**/*.drill.test.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
