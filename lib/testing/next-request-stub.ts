// Stands in for next/headers in unit tests: one mutable request (cookies + headers) that a test
// fills, so server actions and route handlers run exactly as in Next.js, reading the session from
// "the request". Use with:
//   vi.mock("next/headers", async () => (await import("@/lib/testing/next-request-stub")).nextHeaders);
//   vi.mock("next/cache", async () => (await import("@/lib/testing/next-request-stub")).nextCache);

interface StoredCookie {
  name: string;
  value: string;
  options?: Record<string, unknown>;
}

export const fakeRequest = {
  cookies: new Map<string, StoredCookie>(),
  headers: new Headers(),
  /** Cookies the code under test set or deleted, in order. */
  cookieWrites: [] as { op: "set" | "delete"; name: string; value?: string; options?: Record<string, unknown> }[],
  reset() {
    this.cookies.clear();
    this.headers = new Headers();
    this.cookieWrites = [];
  },
};

const jar = {
  get(name: string) {
    const c = fakeRequest.cookies.get(name);
    return c ? { name: c.name, value: c.value } : undefined;
  },
  has(name: string) {
    return fakeRequest.cookies.has(name);
  },
  getAll() {
    return [...fakeRequest.cookies.values()].map(({ name, value }) => ({ name, value }));
  },
  set(name: string | { name: string; value: string }, value?: string, options?: Record<string, unknown>) {
    const entry = typeof name === "string" ? { name, value: value ?? "" } : name;
    fakeRequest.cookies.set(entry.name, { name: entry.name, value: entry.value, options });
    fakeRequest.cookieWrites.push({ op: "set", name: entry.name, value: entry.value, options });
    return jar;
  },
  delete(name: string | { name: string }) {
    const key = typeof name === "string" ? name : name.name;
    fakeRequest.cookies.delete(key);
    fakeRequest.cookieWrites.push({ op: "delete", name: key });
    return jar;
  },
};

export const nextHeaders = {
  cookies: async () => jar,
  headers: async () => fakeRequest.headers,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

export const nextCache = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
};
