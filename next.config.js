import createNextIntlPlugin from "next-intl/plugin";
import {
  RESOURCE_CONTENT_SECURITY_POLICY,
  SHARED_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/http/server/shared-security-headers.mjs";

// Messages and the language of each request: lib/i18n (no locale segment in URLs). The catalogs
// are compiled when built (`precompile`): pages then format messages without shipping an ICU
// parser to the browser. Code outside Next (tests, scripts) reads the same JSON as it is.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: {
      path: "./lib/i18n/messages",
      format: "json",
      locales: ["es", "en"],
      precompile: true,
    },
  },
});

// The headers every response shares. API routes and files run no document: their policy allows
// nothing. proxy.ts gives each page its own policy, with a nonce, in place of that one.
const headerList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));
const SECURITY_HEADERS = headerList({
  ...SHARED_SECURITY_HEADERS,
  "Content-Security-Policy": RESOURCE_CONTENT_SECURITY_POLICY,
});
// Only where the TLS proxy in front says the browser used https.
const HTTPS_ONLY_HEADERS = headerList({ "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY });

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A build of its own (e.g. COTIZA_DIST_DIR=.next-headers) lets a check run beside the main one.
  distDir: process.env.COTIZA_DIST_DIR || ".next",
  poweredByHeader: false,
  // No image optimizer (the logo is a plain <img> of an SVG): /_next/image is a 404 instead of a
  // server-side fetch of any URL asked for.
  images: { unoptimized: true },
  // The Belvo emulator, PGlite and the pg driver are server-only Node code: keep them out of bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https(?:\\s*,.*)?" }],
        headers: HTTPS_ONLY_HEADERS,
      },
    ];
  },
};

export default withNextIntl(nextConfig);
