/**
 * The editor's rules for saving over an unreliable connection: how long to wait for an
 * answer, how long to wait before trying again, and which ids a save request carries so
 * the server can recognise a retry (lib/articles/mutations SaveAttempt). Pure: no React,
 * no browser APIs beyond `crypto.getRandomValues`.
 */

/** A save gets no answer after this long: the database is hung or the network is gone. */
export const SAVE_TIMEOUT_MS = 20_000;

/** Waits between automatic retries: doubling from 5 s, then every minute. */
const RETRY_BASE_MS = 5_000;
const RETRY_MAX_MS = 60_000;

/** The wait before the next automatic try after `failures` failed ones in a row (1 or more). */
export function retryDelayMs(failures: number): number {
  const exponent = Math.max(0, Math.min(failures - 1, 10));
  return Math.min(RETRY_BASE_MS * 2 ** exponent, RETRY_MAX_MS);
}

export class SaveTimeoutError extends Error {
  constructor(ms: number) {
    super(`No answer to the save within ${ms} ms`);
    this.name = "SaveTimeoutError";
  }
}

/**
 * `promise`, or a SaveTimeoutError after `ms`. A server action cannot be cancelled, so the
 * request may still complete on the server: the retry's ids make that harmless. A late
 * rejection of the abandoned request is swallowed rather than reported as unhandled.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SaveTimeoutError(ms)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A random UUID (v4). `crypto.randomUUID` exists only on https and localhost; this works everywhere. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The server accepts this many earlier attempts per request. */
const MAX_PENDING = 20;

/**
 * The save attempts the form sent from one version without learning their outcome. A
 * request that timed out, or answered "database unavailable", may still have committed;
 * so the next request names them, and a resend of the very same text reuses its id:
 * - the same text again → the same `saveId` (a retry of one request);
 * - new text → a new `saveId`, with the unanswered ones as `priorSaveIds`.
 * A definite answer (saved, or a conflict) settles the version and starts afresh.
 */
export class SaveAttempts {
  private base: number | null = null;
  private pending: string[] = [];
  private last: { saveId: string; text: string } | null = null;

  constructor(private readonly newId: () => string = randomId) {}

  /** The ids for sending `text` (the form's values, serialised) from version `base`. */
  start(base: number, text: string): { saveId: string; priorSaveIds: string[] } {
    if (this.base !== base) this.reset(base);
    const saveId = this.last?.text === text ? this.last.saveId : this.newId();
    return { saveId, priorSaveIds: this.pending.filter((id) => id !== saveId) };
  }

  /** No answer, or "database unavailable": the attempt may have committed. */
  markUnknown(saveId: string, text: string): void {
    if (!this.pending.includes(saveId)) this.pending = [...this.pending, saveId].slice(-MAX_PENDING);
    this.last = { saveId, text };
  }

  /** A definite answer: nothing sent from this version is in doubt any more. */
  settle(): void {
    this.reset(null);
  }

  /** The attempts in doubt, for the browser copy of the draft. */
  pendingIds(): string[] {
    return [...this.pending];
  }

  /** Takes over the attempts of a draft restored from the browser copy. */
  restore(base: number, pendingSaveIds: readonly string[]): void {
    this.reset(base);
    this.pending = pendingSaveIds.slice(-MAX_PENDING);
  }

  private reset(base: number | null): void {
    this.base = base;
    this.pending = [];
    this.last = null;
  }
}
