import { disconnectDb, db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedDatabase, type DemoLogin, type SeedReport } from "./seed-lib";

// `npm run db:seed`: reference categories and the first admin always; demo staff and
// articles too when SEED_DEMO_CONTENT=true. Safe to run on every deploy.

function describePassword(login: DemoLogin): string {
  // CASE: a real secret from the environment; name the variable instead of echoing it.
  if (login.password !== null && login.isFromEnv) return "(the value of SEED_ADMIN_PASSWORD)";
  return login.password ?? "(the demo password does not sign in: changed, deactivated or missing)";
}

function printReport(report: SeedReport, seconds: number): void {
  const lines = [
    `Seed finished in ${seconds.toFixed(1)} s.`,
    `  categories created: ${report.categoriesCreated}`,
    `  first admin: ${report.firstAdmin}`,
  ];
  if (env.SEED_DEMO_CONTENT === "true") {
    lines.push(
      `  demo staff created: ${report.staffCreated}`,
      `  tags created: ${report.tagsCreated}`,
      `  articles created: ${report.articlesCreated} (view counts for ${report.statsCreated}, ${report.dailyViewRowsCreated} daily rows)`,
      `  static pages created: ${report.pagesCreated}`,
      "",
      "Demo sign-ins:",
      ...report.demoLogins.map(
        (login) => `  ${login.role.padEnd(6)}  ${login.username.padEnd(12)}  ${describePassword(login)}`,
      ),
    );
  }
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  const started = performance.now();
  const report = await seedDatabase(db, {
    admin: { username: env.SEED_ADMIN_USERNAME, email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD },
    isDemo: env.SEED_DEMO_CONTENT === "true",
    timeZone: env.SITE_TIME_ZONE,
    log: (line) => console.log(line),
  });
  printReport(report, (performance.now() - started) / 1000);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
