import { defineConfig } from "@playwright/test";
import { chromiumProjects, freePort } from "./playwright.config";

/**
 * The multi-instance suite (e2e/*.multi.spec.ts): two production servers on one Postgres
 * and a Redis of the suite's own, behind the shipped edge cache with both as backends. The
 * spec starts and stops those processes itself (it kills Redis mid-run), so this
 * configuration has no webServer. `npm test` runs it after the main suite, against the same
 * build and database (`npm run test:e2e:multi`).
 */

// Chosen once and kept in the environment, which the runner's workers inherit.
process.env.MULTI_PORT_A ||= String(freePort());
process.env.MULTI_PORT_B ||= String(freePort());
process.env.MULTI_EDGE_PORT ||= String(freePort());
process.env.AUTH_SECRET ??= "e2e-only-secret-0123456789abcdefghijklmnop";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.multi.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    // Instance A; instance B and the edge are addressed by their full URLs.
    baseURL: `http://127.0.0.1:${process.env.MULTI_PORT_A}`,
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: chromiumProjects,
});
