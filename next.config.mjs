// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addon: load it from node_modules at runtime instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run typecheck` (part of `npm test` and CI) checks every file, tests included, once;
  // the build doesn't repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
