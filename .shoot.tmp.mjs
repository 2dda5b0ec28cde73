import { chromium } from "@playwright/test";
import { encode } from "next-auth/jwt";
const [userId, base, ...paths] = process.argv.slice(2);
const secret = "e2e-only-secret-0123456789abcdefghijklmnop";
const token = await encode({ secret, salt: "authjs.session-token", token: { sub: userId, sessionVersion: 0 }, maxAge: 3600 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-dev-shm-usage","--disable-background-networking"] });
for (const width of [1280, 390]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "id-ID", timezoneId: "Asia/Makassar" });
  await context.addCookies([{ name: "authjs.session-token", value: token, url: base }]);
  const page = await context.newPage();
  for (const [name, path] of paths.map((p) => p.split("="))) {
    await page.goto(base + path, { waitUntil: "networkidle" });
    await page.screenshot({ path: `/tmp/editor-shots/${name}-${width}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
