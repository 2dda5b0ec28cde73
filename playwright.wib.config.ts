import { e2eConfig } from "./playwright.config";

// A portal in western Indonesia (SITE_TIME_ZONE=Asia/Jakarta, WIB), for the specs that prove
// times are typed, stored and shown in the configured zone rather than in WITA. `npm test`
// runs it after the main suite, against the same build and database.
export default e2eConfig("Asia/Jakarta", { testMatch: "**/*.wib.spec.ts" });
