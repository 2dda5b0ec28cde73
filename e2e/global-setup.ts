export default function globalSetup() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "End-to-end tests need DATABASE_URL: the Postgres database the portal under test uses (npm test sets it).",
    );
  }
}
