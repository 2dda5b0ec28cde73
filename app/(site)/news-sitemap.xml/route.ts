import { XML_CONTENT_TYPE, renderNewsSitemap } from "@/lib/feeds/documents";

export async function GET() {
  return new Response(await renderNewsSitemap(), {
    headers: { "Content-Type": XML_CONTENT_TYPE },
  });
}
