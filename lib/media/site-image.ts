import "server-only";
import sharp from "sharp";
import { escapeXml } from "@/lib/feeds/xml";
import { site } from "@/lib/site";

let cached: Promise<Buffer> | undefined;

/**
 * The 1200×630 share image for pages without a cover of their own, drawn from the
 * configured site name and tagline so every region's deployment gets its own. Made
 * once per process (about 30 KB of JPEG, well under WhatsApp's 300 KB preview limit).
 */
export function defaultShareImage(): Promise<Buffer> {
  cached ??= sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#062f39"/><stop offset="1" stop-color="#0f6b80"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#g)"/>
  <path d="M0 470 C 200 430, 400 520, 600 480 S 1000 430, 1200 470 L1200 630 L0 630 Z" fill="#0b5566" opacity="0.8"/>
  <path d="M0 520 C 250 490, 450 560, 700 525 S 1050 500, 1200 520 L1200 630 L0 630 Z" fill="#083f4c"/>
  <rect x="80" y="150" width="12" height="200" fill="#b4232a"/>
  <text x="120" y="250" font-family="DejaVu Serif, Georgia, serif" font-weight="bold" font-size="84" fill="#ffffff">${escapeXml(site.name)}</text>
  <text x="124" y="320" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#d3e8ee">${escapeXml(site.tagline)}</text>
</svg>`),
  )
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return cached;
}
