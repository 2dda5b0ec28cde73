import "server-only";

/**
 * Orderly shutdown: code that owns a resource (the database pool, the publishing timer)
 * registers how to close it, and the server (server/index.mjs) runs every registered
 * function once it has drained its requests after SIGTERM.
 */

const SHUTDOWN_HOOKS = Symbol.for("warta.shutdownHooks");
type Hook = () => Promise<void> | void;

/** Runs `close` at shutdown. Registering the same function twice runs it once. */
export function onShutdown(close: Hook): void {
  const holder = globalThis as typeof globalThis & { [SHUTDOWN_HOOKS]?: Set<Hook> };
  (holder[SHUTDOWN_HOOKS] ??= new Set()).add(close);
}
