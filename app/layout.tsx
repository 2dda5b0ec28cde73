import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s — ${site.name}` },
  description: `Berita resmi ${site.publisher}: pemerintahan, layanan publik dan kegiatan di ${site.region}.`,
  applicationName: site.name,
  // /favicon.ico for browsers and crawlers that ask for it by name; the SVG for the rest.
  icons: { icon: [{ url: "/favicon.ico", sizes: "any" }, { url: "/favicon.svg", type: "image/svg+xml" }] },
  alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: `${site.name} — Berita Terkini` }] } },
  openGraph: { siteName: site.name, locale: "id_ID", type: "website" },
};

export const viewport: Viewport = {
  themeColor: "#0b5566",
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
