// @ts-check
/**
 * Which server functions a request may call. Next compiles every `"use cache"` function
 * into a server reference, lists it in the build's action manifest
 * (.next/server/server-reference-manifest.json, exportedName `$$RSC_SERVER_CACHE_<n>`)
 * next to the real server actions, and its action handler runs whatever id a POST names,
 * so any cached read was callable from outside with arguments of the caller's choosing.
 * Only `"use server"` actions are meant to be called; this module tells the two apart.
 *
 * A server reference id is 42 hex characters whose first byte carries its kind: the top
 * bit is set for `"use cache"` functions (Next's server-reference-info). The id is a hash
 * over that byte too, so a caller cannot flip it and still name an existing function.
 *
 * Two ways in, two checks:
 * - a fetch call names the id in the `Next-Action` header: server/index.mjs refuses it
 *   before Next sees the request (isRefusedActionHeader);
 * - a form posted without JavaScript names it inside a multipart body (`$ACTION_ID_<id>`,
 *   or `$ACTION_REF_<n>` with the id in field `$ACTION_<n>:0`): proxy.ts reads the body
 *   Next buffers for it and refuses those (formActionIds + isCallableActionId).
 */

const ID_PATTERN = /^[0-9a-f]{42}$/;

/**
 * True for the id of a `"use server"` action; false for a `"use cache"` function and for
 * anything that is not a well-formed id.
 * @param {string} id
 */
export function isCallableActionId(id) {
  if (!ID_PATTERN.test(id)) return false;
  const infoByte = Number.parseInt(id.slice(0, 2), 16);
  return (infoByte & 0x80) === 0;
}

/**
 * Whether a request's `Next-Action` header names something that must not be called. No
 * header: nothing to refuse here.
 * @param {string | string[] | undefined} header
 */
export function isRefusedActionHeader(header) {
  if (header === undefined) return false;
  if (Array.isArray(header)) return header.length !== 1 || !isCallableActionId(header[0] ?? "");
  return !isCallableActionId(header);
}

/**
 * The server references a no-JavaScript form post names, as React's decodeAction reads
 * them. An id React could resolve in some other way than a plain string (a reference to
 * another field) comes back as it was written, which isCallableActionId refuses.
 * @param {Iterable<[string, unknown]>} entries the form's fields
 * @param {(name: string) => unknown} get
 * @returns {string[]}
 */
export function formActionIds(entries, get) {
  /** @type {string[]} */
  const ids = [];
  for (const [name] of entries) {
    if (name.startsWith("$ACTION_ID_")) {
      ids.push(name.slice("$ACTION_ID_".length));
    } else if (name.startsWith("$ACTION_REF_")) {
      const metadata = get(`$ACTION_${name.slice("$ACTION_REF_".length)}:0`);
      ids.push(idFromMetadata(metadata));
    }
  }
  return ids;
}

/** @param {unknown} metadata */
function idFromMetadata(metadata) {
  if (typeof metadata !== "string") return "";
  try {
    const parsed = /** @type {{ id?: unknown }} */ (JSON.parse(metadata));
    return typeof parsed.id === "string" ? parsed.id : "";
  } catch {
    return "";
  }
}
