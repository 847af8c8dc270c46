// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons: load them from node_modules at runtime instead of bundling them.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run typecheck` (part of `npm test` and CI) checks every file, tests included, once;
  // the build doesn't repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden(): pages a signed-in user's role doesn't allow answer 403 with app/forbidden.tsx.
    authInterrupts: true,
  },
};

export default nextConfig;
