/**
 * Measures what the abuse findings of issue 9 are about, against a running portal:
 * 1. views counted for one client in 60 seconds while it rotates User-Agent and
 *    X-Forwarded-For (the client connects from a loopback address that is no trusted proxy);
 * 2. how many of 12 parallel wrong passwords for one account were actually checked;
 * 3. whether a session cookie still opens the dashboard after its owner signed out.
 *
 * Usage (production build, the server started with `npm start` on the same database):
 *   DATABASE_URL=… npx tsx bench/abuse.ts http://127.0.0.1:3000 <username> <password> [seconds]
 * The account must be active, with that password; it is signed in and out. Counts are read
 * from the database the portal uses, so nothing here trusts the portal's own answers.
 * BENCH_LOCAL_ADDRESS picks the loopback address to send from (default 127.0.0.2).
 */
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { fromAddress, viewTokenIn, type Reply } from "@/lib/testing/untrusted-client";

const [base = "http://127.0.0.1:3000", username = "admin", password = "", secondsArg = "60"] = process.argv.slice(2);
const seconds = Number(secondsArg);
const http = fromAddress(process.env.BENCH_LOCAL_ADDRESS ?? "127.0.0.2", base);

const randomAddress = () => `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const randomAgent = () =>
  `Mozilla/5.0 (Linux; Android ${randomInt(8, 15)}; SM-A${randomInt(100, 999)}) AppleWebKit/537.36 ` +
  `(KHTML, like Gecko) Chrome/${randomInt(100, 131)}.0.${randomInt(1000, 9999)}.${randomInt(10, 200)} Mobile Safari/537.36`;

function cookiesOf(reply: Reply): string {
  const lines = reply.headers["set-cookie"];
  return (Array.isArray(lines) ? lines : []).map((line) => line.split(";")[0]).join("; ");
}

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();

async function totalViews(articleId: string): Promise<number> {
  const { rows } = await db.query<{ v: string }>(
    `SELECT COALESCE((SELECT views FROM article_stats WHERE article_id = $1), 0) AS v`,
    [articleId],
  );
  return Number(rows[0]?.v ?? 0);
}

async function measureViews() {
  const { rows } = await db.query<{ id: string; slug: string }>(
    `SELECT id::text AS id, slug FROM articles
      WHERE status = 'PUBLISHED' AND published_at <= now() ORDER BY published_at DESC LIMIT 1`,
  );
  const article = rows[0];
  if (!article) throw new Error("No published article to view.");
  const page = await http(`/berita/${article.slug}`);
  // A portal from before view tokens carries none; then the beacon goes without.
  let token: string | undefined;
  try {
    token = viewTokenIn(page.body);
  } catch {
    token = undefined;
  }
  const before = await totalViews(article.id);
  const deadline = Date.now() + seconds * 1000;
  let sent = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      await http("/api/views", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": randomAgent(),
          "x-forwarded-for": randomAddress(),
          origin: base,
          "sec-fetch-site": "same-origin",
        },
        body: JSON.stringify(token ? { slug: article.slug, token } : { slug: article.slug }),
      });
      sent += 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { sent, counted: (await totalViews(article.id)) - before, seconds, hadToken: token !== undefined };
}

async function signIn(login: string, secret: string) {
  const csrf = await http("/api/auth/csrf");
  const cookie = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, login, password: secret, callbackUrl: `${base}/dashboard` });
  const reply = await http("/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      "x-forwarded-for": randomAddress(),
      origin: base,
    },
    body: form.toString(),
  });
  return { status: reply.status, cookie: [cookie, cookiesOf(reply)].filter(Boolean).join("; ") };
}

async function measureParallelPasswords() {
  const { rows } = await db.query<{ id: string }>(`SELECT id::text AS id FROM users WHERE username = $1`, [username]);
  const userId = rows[0]?.id;
  if (!userId) throw new Error(`No account named ${username}.`);
  const started = new Date();
  await Promise.all(Array.from({ length: 12 }, (_, index) => signIn(username, `salah-sekali-${index}-xyz`)));
  // Before and after the change the audit row names the account differently; either counts.
  const { rows: checked } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events
      WHERE action = 'auth.sign_in_failed' AND created_at >= $1 AND details->>'reason' = 'wrong_password'
        AND (actor_id = $2::uuid OR target_id = $3)`,
    [started, userId, username],
  );
  return { attempted: 12, passwordsChecked: checked[0]?.n ?? 0 };
}

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, value]) => value.filename === file && value.exportedName === name,
  );
  if (!entry) throw new Error(`${name} is not in the build's action manifest.`);
  return entry[0];
}

async function measureSignOut() {
  // The limits hit by the previous measurement would refuse this sign-in (whichever kind
  // of record the portal keeps them in).
  await db.query(`DELETE FROM audit_events WHERE target_id = $1`, [username]).catch(() => undefined);
  await db.query(`DELETE FROM sign_in_throttles`).catch(() => undefined);
  const session = await signIn(username, password);
  const { rows } = await db.query<{ display_name: string }>(`SELECT display_name FROM users WHERE username = $1`, [
    username,
  ]);
  const name = rows[0]?.display_name ?? "";
  // The dashboard shell streams with 200 either way; only a live session renders the name.
  const isOpen = (reply: Reply) => reply.status === 200 && reply.body.includes(name);
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
  return {
    signInStatus: session.status,
    dashboardBeforeSignOut: isOpen(opened) ? "open" : "closed",
    signOutStatus: signOut.status,
    dashboardAfterSignOut: isOpen(after) ? "open" : "closed",
  };
}

try {
  console.log("views:", await measureViews());
  console.log("parallel wrong passwords:", await measureParallelPasswords());
  console.log("session cookie after sign-out:", await measureSignOut());
} finally {
  await db.end();
}
