import "server-only";
import { db } from "@/lib/db/client";

/**
 * Clean-up for the portal-content e2e specs (static pages, documents, albums made through
 * the dashboard, which the `factory` fixture does not know about). Audit entries stay.
 */
export async function deleteTestPageBySlug(slug: string): Promise<void> {
  await db.staticPage.deleteMany({ where: { slug } });
}

export async function deleteTestDocumentBySlug(slug: string): Promise<void> {
  await db.document.deleteMany({ where: { slug } });
}

export async function deleteTestGalleryItemBySlug(slug: string): Promise<void> {
  await db.galleryItem.updateMany({ where: { slug }, data: { coverPhotoId: null } });
  await db.galleryItem.deleteMany({ where: { slug } });
}
