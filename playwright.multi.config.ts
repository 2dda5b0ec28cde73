import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * The multi-instance suite (e2e/*.multi.spec.ts): two production servers on one Postgres
 * and a Redis of the suite's own, behind the shipped edge cache with both as backends. The
 * spec starts and stops those processes itself (it kills Redis mid-run), so this
 * configuration has no webServer. `npm test` runs it after the main suite, against the same
 * build and database (`npm run test:e2e:multi`).
 */

function freePort(): number {
  const script = `const server = require("node:net").createServer();
server.listen(0, "127.0.0.1", () => { process.stdout.write(String(server.address().port)); server.close(); });`;
  return Number(
    execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } }),
  );
}

// Chosen once and kept in the environment, which the runner's workers inherit.
process.env.MULTI_PORT_A ||= String(freePort());
process.env.MULTI_PORT_B ||= String(freePort());
process.env.MULTI_EDGE_PORT ||= String(freePort());
process.env.AUTH_SECRET ??= "e2e-only-secret-0123456789abcdefghijklmnop";

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

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
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        },
      },
    },
  ],
});
