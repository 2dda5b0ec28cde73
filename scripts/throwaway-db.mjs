// Throw-away Postgres databases for the end-to-end tests.
//   node scripts/throwaway-db.mjs create        prints the URL of a new, empty database
//   node scripts/throwaway-db.mjs reset URL     empties the public schema of URL
//   node scripts/throwaway-db.mjs drop URL      drops the database
// The server is the one in TEST_DATABASE_URL's host, else postgresql://postgres@127.0.0.1:5432.
import { randomBytes } from "node:crypto";
import pg from "pg";

const [command, target] = process.argv.slice(2);
const serverUrl = new URL(target ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");

function urlFor(database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

if (command === "create") {
  const name = `warta_test_${randomBytes(4).toString("hex")}`;
  await withClient(urlFor("postgres"), (client) => client.query(`CREATE DATABASE "${name}"`));
  process.stdout.write(urlFor(name));
} else if (command === "reset" && target) {
  await withClient(target, (client) => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"));
} else if (command === "drop" && target) {
  const name = decodeURIComponent(new URL(target).pathname.slice(1));
  if (!name.startsWith("warta_test_")) throw new Error(`refusing to drop ${name}: not a throw-away database`);
  await withClient(urlFor("postgres"), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
} else {
  console.error("usage: throwaway-db.mjs create | reset URL | drop URL");
  process.exit(2);
}
