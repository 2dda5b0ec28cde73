import { connection } from "next/server";
import { defaultShareImage } from "@/lib/media/site-image";

export async function GET() {
  // Request time, so the image follows the deployment's SITE_NAME rather than the build machine's.
  await connection();
  const image = await defaultShareImage();
  return new Response(new Uint8Array(image), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(image.byteLength),
      "Cache-Control": "public, max-age=86400",
    },
  });
}
