import "server-only";
import { headers } from "next/headers";
import { readerFromHeaders } from "@/lib/views/fingerprint";

/** The client address for the audit trail (see readerFromHeaders for the proxy contract). */
export async function requestMeta(): Promise<{ ip: string | null }> {
  const { address } = readerFromHeaders(await headers());
  return { ip: address === "unknown" ? null : address };
}
