import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import type { IndonesianTimeZone } from "./lib/time";

/** A port no program is listening on, as the operating system hands it out. */
export function freePort(): number {
  const script = `const server = require("node:net").createServer();
server.listen(0, "127.0.0.1", () => { process.stdout.write(String(server.address().port)); server.close(); });`;
  return Number(
    execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } }),
  );
}

// E2E_PORT when set; otherwise a free port, so a program already on a well-known port does
// not fail the run. The runner loads this file again in every worker: keeping the choice in
// the environment (which the workers inherit) gives them all the same address.
process.env.E2E_PORT ||= String(freePort());
const port = Number(process.env.E2E_PORT);
// The edge cache (deploy/varnish) runs in front of the portal on its own port.
process.env.E2E_EDGE_PORT ||= String(freePort());
const edgePort = Number(process.env.E2E_EDGE_PORT);
const edgePurgeSecret = "e2e-only-edge-purge-secret";

// The server signs sessions with this secret and e2e/fixtures.ts mints sessions with it
// (loginAs), so both processes must see the same value.
const authSecret = (process.env.AUTH_SECRET ??= "e2e-only-secret-0123456789abcdefghijklmnop");
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium when present (no browser download needed); otherwise the browser
// `npx playwright install chromium` put in Playwright's cache.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

/** Every suite runs in Chromium only. */
export const chromiumProjects: PlaywrightTestConfig["projects"] = [
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
];

/**
 * The suite's configuration for a portal in `timeZone` (SITE_TIME_ZONE of the server, and
 * the browser's zone too, as a reader in that region would have it).
 */
export function e2eConfig(timeZone: IndonesianTimeZone, tests: Pick<PlaywrightTestConfig, "testMatch" | "testIgnore">) {
  return defineConfig({
    testDir: "e2e",
    ...tests,
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
      timezoneId: timeZone,
      trace: "retain-on-failure",
      screenshot: "only-on-failure",
    },
    projects: chromiumProjects,
    // The production build made by `npm test` (next build), served by the production server.
    webServer: [
      {
        command: "node server/index.mjs",
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
          AUTH_SECRET: authSecret,
          NODE_ENV: "production",
          PORT: String(port),
          HOSTNAME: "127.0.0.1",
          // The tests stand where the edge would: they may name a reader's address in
          // X-Forwarded-For (sign-in limits per address).
          TRUSTED_PROXIES: "127.0.0.1, ::1",
          SITE_TIME_ZONE: timeZone,
          EDGE_PURGE_URLS: `http://127.0.0.1:${edgePort}`,
          EDGE_PURGE_SECRET: edgePurgeSecret,
        },
      },
      // Varnish with the shipped configuration, in front of the portal (e2e/edge.spec.ts).
      {
        command: `bash deploy/edge.sh run --listen 127.0.0.1:${edgePort} --backend 127.0.0.1:${port} --workdir .data/edge-e2e`,
        url: `http://127.0.0.1:${edgePort}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: "pipe",
        stderr: "pipe",
        env: { EDGE_PURGE_SECRET: edgePurgeSecret },
      },
    ],
  });
}

// The portal's default zone (WITA). Specs named *.wib.spec.ts need a WIB portal and run
// with playwright.wib.config.ts; *.multi.spec.ts run several instances (playwright.multi.config.ts).
export default e2eConfig("Asia/Makassar", { testIgnore: ["**/*.wib.spec.ts", "**/*.multi.spec.ts"] });
