// The bench's reference: the smallest production Next app, built by bench/run.ts with the
// repository's own `next` into its own .next, so the portal's numbers can be reported as
// ratios to it. It shares no code, configuration or build output with the portal.

/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false };

export default nextConfig;
