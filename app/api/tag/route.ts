import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { httpStatusOf } from "@/lib/errors";
import { getTagOptions, searchTagOptions } from "@/lib/tags/queries";
import { tagLookupSchema, type TagOption } from "@/lib/tags/schema";

/**
 * The article editor's tag lookup (components/dashboard/tag-picker.tsx): `?q=banjir` for
 * the tags matching what the writer types, `?id=…` (repeatable) to name tags by id.
 * JSON `{ tags }`; 401 without a session, 400 for a malformed request. A GET (not a
 * server action) so a search per keystroke can be cancelled and never queues behind the
 * editor's autosave.
 */

const privateJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

export async function GET(request: NextRequest) {
  const actor = await getActor();
  // CASE: no session, or a temporary password still to be changed (pages send both to a form).
  if (!actor || actor.mustChangePassword) return privateJson({ error: "Silakan masuk terlebih dahulu." }, 401);
  const params = request.nextUrl.searchParams;
  const ids = params.getAll("id");
  const parsed = tagLookupSchema.safeParse(ids.length > 0 ? { ids } : { query: params.get("q") ?? "" });
  if (!parsed.success) return privateJson({ error: "Permintaan tag tidak valid." }, 400);
  try {
    const tags: TagOption[] =
      "ids" in parsed.data
        ? await getTagOptions(actor, parsed.data.ids)
        : await searchTagOptions(actor, parsed.data.query);
    return privateJson({ tags });
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 500) throw error;
    return privateJson({ error: error instanceof Error ? error.message : "Permintaan ditolak." }, status);
  }
}
