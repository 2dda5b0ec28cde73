// Deliberately empty. Without a file of its own here, Turbopack falls back to the workspace
// root's instrumentation.ts, and the reference server would start the portal's
// scheduled-publishing timer against the bench database.
export function register() {}
