import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/db/generated/client";
import { openPglite } from "@/lib/db/pglite";
import { seedDatabase } from "@/prisma/seed-lib";
const t0 = performance.now();
const at = (label: string) => console.log(label, ((performance.now() - t0) / 1000).toFixed(2));
const pg = openPglite(process.env.PGLITE_DATA_DIR ?? "");
const db = new PrismaClient({ adapter: new PrismaPGlite(pg) });
const r = await seedDatabase(db, { admin: { username: "admin", email: "admin@warta.example" }, isDemo: true, timeZone: "Asia/Makassar" });
at(`seeded ${r.articlesCreated}`);
await db.$disconnect();
if (process.argv.includes("--close")) { await pg.close(); at("closed"); }
process.on("exit", () => at("exit"));
