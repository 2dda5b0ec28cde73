import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

// The server signs sessions with this secret and e2e/fixtures.ts mints sessions with it
// (loginAs), so both processes must see the same value.
process.env.AUTH_SECRET ??= "e2e-only-secret-0123456789abcdefghijklmnop";
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium when present (no browser download needed); otherwise the browser
// `npx playwright install chromium` put in Playwright's cache.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
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
  // The production build made by `npm test` (next build), served as in production.
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      // The test runner resolves `server-only` for its fixtures; the server must not inherit that.
      NODE_OPTIONS: "",
      SITE_URL: baseURL,
      AUTH_SECRET: process.env.AUTH_SECRET,
      NODE_ENV: "production",
    },
  },
});
