// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons: load them from node_modules at runtime instead of bundling them.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run typecheck` (part of `npm test` and CI) checks every file, tests included, once;
  // the build doesn't repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden(): pages a signed-in user's role doesn't allow answer 403 with app/forbidden.tsx.
    authInterrupts: true,
    // An imported CSV (up to 2 MB, checked in the browser and again by the action's schema) and its
    // up to 5,000 checked coupons travel as a server action's body; Next's default is 1 MB.
    serverActions: { bodySizeLimit: "3mb" },
  },
};

export default nextConfig;
