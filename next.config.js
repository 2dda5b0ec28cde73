import { fileURLToPath } from "node:url";
import { UPLOAD_REQUEST_MAX_BYTES } from "./lib/media/limits.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Rendered public pages live in Warta's own size-bounded cache (see the file's header).
  cacheHandler: fileURLToPath(new URL("./server/page-cache-handler.mjs", import.meta.url)),
  // "use cache" data (query results): in each process's memory, with cache-tag
  // invalidations shared by every instance through Redis (see the file's header).
  cacheHandlers: {
    default: fileURLToPath(new URL("./server/data-cache-handler.mjs", import.meta.url)),
  },
  cacheComponents: true,
  // Lifetimes of public reads (lib/**/queries). A publish, edit or unpublish invalidates
  // by tag at once; these only bound how old a number such as a view count may get, and
  // how long a page stays servable while the database is down.
  cacheLife: {
    // Published content: refreshed within 5 minutes of being read, served stale for up
    // to a week if it cannot be refreshed.
    public: { stale: 300, revalidate: 300, expire: 7 * 24 * 3600 },
    // Addresses that do not exist (404) or moved (308): checked again after a minute.
    publicMissing: { stale: 60, revalidate: 60, expire: 300 },
    // The site's structure (categories, menus): rarely changes, invalidated by tag.
    publicStructure: { stale: 300, revalidate: 3600, expire: 7 * 24 * 3600 },
  },
  partialPrefetching: true,
  poweredByHeader: false,
  // server/index.mjs compresses responses itself, after taking the client runtime out of
  // public pages (server/public-scripts.mjs); `npm run dev` goes through the same server.
  compress: false,
  experimental: {
    // Image uploads go through a server action; lib/media refuses anything over 10 MB with a
    // clear message. One request limit, just above that, for the action and for the copy
    // of a body Next buffers for proxy.ts (which used to cut bodies at its own 10 MB and
    // hand the action a broken form).
    serverActions: { bodySizeLimit: UPLOAD_REQUEST_MAX_BYTES },
    proxyClientMaxBodySize: UPLOAD_REQUEST_MAX_BYTES,
  },
  reactStrictMode: true,
  // No ETag: Next hashes the whole HTML of every response to make one, which cost about 40%
  // of the CPU of serving a cached page (measured with --cpu-prof). Cached pages are fresh by
  // their Cache-Control lifetimes and purged by tag; a reader's revalidation downloads a
  // page of 15–40 KB instead of receiving a 304.
  generateEtags: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "sharp", "unpdf"],
  // No next/image: covers are plain <img> elements over the stored WebP renditions
  // (components/site/cover-image.tsx), so the image optimiser is never asked for anything.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
