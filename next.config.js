import createNextIntlPlugin from "next-intl/plugin";

// Messages and the language of each request: lib/i18n (no locale segment in URLs).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Belvo emulator, PGlite and the pg driver are server-only Node code: keep them out of bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
};

export default withNextIntl(nextConfig);
