import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // Same as the tsconfig `@/*` path alias.
      "@": root,
      // `server-only` throws when imported outside a React Server environment;
      // stub it so server-only modules can be unit-tested.
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    // e2e/support holds the Chromium finder's unit test; Playwright's projects match only *.spec.ts and auth.setup.ts.
    include: ["lib/**/*.test.ts", "emulator/**/*.test.ts", "e2e/support/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
