// Vitest aliases `server-only` to this empty module so server-only code can be
// unit-tested outside of Next.js. Intentionally exports nothing.
export {};
