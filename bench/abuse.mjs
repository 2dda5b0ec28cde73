// @ts-check
/**
 * Measures what the abuse findings of issue 9 are about, against a running portal:
 * 1. views counted for one client in 60 seconds while it rotates User-Agent and
 *    X-Forwarded-For (the client connects from an address that is not a trusted proxy);
 * 2. how many of 12 parallel wrong passwords for one account were actually checked;
 * 3. whether a session cookie still opens the dashboard after its owner signed out.
 *
 * Usage (production build, server started with `npm start` or `node server/index.mjs`):
 *   DATABASE_URL=… node bench/abuse.mjs http://127.0.0.1:3000 <username> <password> [seconds]
 * The username must be an active account whose password is given; the script signs it in
 * and out. Counts are read from the database the portal uses (DATABASE_URL), so nothing
 * here trusts the portal's own answers.
 */
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import pg from "pg";

const [base = "http://127.0.0.1:3000", username = "admin", password = "", secondsArg = "60"] = process.argv.slice(2);
const seconds = Number(secondsArg);
const origin = new URL(base);
// Loopback is 127.0.0.0/8: connecting from 127.0.0.2 makes this client an untrusted
// address even when the portal trusts 127.0.0.1 as its proxy.
const LOCAL_ADDRESS = process.env.BENCH_LOCAL_ADDRESS ?? "127.0.0.2";

/**
 * @param {string} path
 * @param {{ method?: string; headers?: Record<string, string>; body?: string | Buffer }} [options]
 * @returns {Promise<{ status: number; headers: import("node:http").IncomingHttpHeaders; body: string }>}
 */
function http(path, options = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: origin.hostname,
        port: origin.port,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: LOCAL_ADDRESS,
      },
      (res) => {
        const chunks = /** @type {Buffer[]} */ ([]);
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const randomAddress = () => `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const randomAgent = () =>
  `Mozilla/5.0 (Linux; Android ${randomInt(8, 15)}; SM-A${randomInt(100, 999)}) AppleWebKit/537.36 ` +
  `(KHTML, like Gecko) Chrome/${randomInt(100, 131)}.0.${randomInt(1000, 9999)}.${randomInt(10, 200)} Mobile Safari/537.36`;

/** @param {import("node:http").IncomingHttpHeaders} headers */
function cookiesOf(headers) {
  return (headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
}

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();

async function measureViews() {
  const { rows } = await db.query(
    `SELECT a.id::text AS id, a.slug FROM articles a
      WHERE a.status = 'PUBLISHED' AND a.published_at <= now() ORDER BY a.published_at DESC LIMIT 1`,
  );
  const article = rows[0];
  if (!article) throw new Error("No published article to view.");
  const page = await http(`/berita/${article.slug}`);
  // The page's view token, when the portal embeds one (in the React payload of the beacon).
  const token = /\\"token\\":\\"([A-Za-z0-9_-]+)\\"/.exec(page.body)?.[1];
  const before = await totalViews(article.id);
  const deadline = Date.now() + seconds * 1000;
  let sent = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const body = JSON.stringify(token ? { slug: article.slug, token } : { slug: article.slug });
      await http("/api/views", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": randomAgent(),
          "x-forwarded-for": randomAddress(),
          origin: base,
          "sec-fetch-site": "same-origin",
        },
        body,
      });
      sent += 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const counted = (await totalViews(article.id)) - before;
  return { sent, counted, seconds, hadToken: Boolean(token) };
}

/** @param {string} articleId */
async function totalViews(articleId) {
  const { rows } = await db.query(`SELECT COALESCE((SELECT views FROM article_stats WHERE article_id = $1), 0) AS v`, [
    articleId,
  ]);
  return Number(rows[0].v);
}

async function csrf() {
  const response = await http("/api/auth/csrf");
  return {
    cookie: cookiesOf(response.headers),
    token: /** @type {{ csrfToken: string }} */ (JSON.parse(response.body)).csrfToken,
  };
}

/** @param {string} login @param {string} secret */
async function signIn(login, secret) {
  const { cookie, token } = await csrf();
  const form = new URLSearchParams({ csrfToken: token, login, password: secret, callbackUrl: `${base}/dashboard` });
  const response = await http("/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      "x-forwarded-for": randomAddress(),
      origin: base,
    },
    body: form.toString(),
  });
  return { status: response.status, cookie: [cookie, cookiesOf(response.headers)].filter(Boolean).join("; ") };
}

async function measureParallelPasswords() {
  const { rows } = await db.query(`SELECT id::text AS id FROM users WHERE username = $1`, [username]);
  const userId = rows[0]?.id;
  if (!userId) throw new Error(`No account named ${username}.`);
  const started = new Date();
  await Promise.all(Array.from({ length: 12 }, (_, index) => signIn(username, `salah-sekali-${index}-xyz`)));
  const { rows: checked } = await db.query(
    `SELECT count(*)::int AS n FROM audit_events
      WHERE action = 'auth.sign_in_failed' AND created_at >= $1 AND details->>'reason' = 'wrong_password'
        AND (actor_id = $2::uuid OR target_id = $3)`,
    [started, userId, username],
  );
  return { attempted: 12, passwordsChecked: checked[0].n };
}

function actionId(file, name) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const entry = Object.entries(manifest.node).find(
    ([, value]) => value.filename === file && value.exportedName === name,
  );
  if (!entry) throw new Error(`${name} is not in the build's action manifest.`);
  return entry[0];
}

async function measureSignOut() {
  // The throttle counters from the previous measurement would refuse this sign-in.
  await db.query(`DELETE FROM audit_events WHERE target_id = $1`, [username]).catch(() => {});
  await db.query(`DELETE FROM sign_in_throttles`).catch(() => {});
  const session = await signIn(username, password);
  const opened = await http("/dashboard", { headers: { cookie: session.cookie } });
  const signOut = await http("/logout", {
    method: "POST",
    headers: {
      cookie: session.cookie,
      "next-action": actionId("app/(auth)/logout/actions.ts", "signOutAction"),
      "content-type": "text/plain;charset=UTF-8",
      origin: base,
    },
    body: "[]",
  });
  const after = await http("/dashboard", { headers: { cookie: session.cookie } });
  const { rows } = await db.query(`SELECT display_name FROM users WHERE username = $1`, [username]);
  // The dashboard shell streams with 200 either way; only a live session renders the name.
  const isOpen = (response) => response.status === 200 && response.body.includes(rows[0].display_name);
  return {
    signInStatus: session.status,
    dashboardBeforeSignOut: isOpen(opened) ? "open" : `closed (${opened.status})`,
    signOutStatus: signOut.status,
    dashboardAfterSignOut: isOpen(after) ? "open" : `closed (${after.status} ${after.headers.location ?? ""})`,
  };
}

try {
  console.log("views:", await measureViews());
  console.log("parallel wrong passwords:", await measureParallelPasswords());
  console.log("session cookie after sign-out:", await measureSignOut());
} finally {
  await db.end();
}
