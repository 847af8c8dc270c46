// Backend choice from the environment: both Wix variables, neither, or a clear problem.
import { describe, expect, it } from "vitest";
import { chooseBackend, wixLabel } from "./config";

describe("chooseBackend", () => {
  it("uses the embedded store when neither variable is set (blank counts as unset)", () => {
    expect(chooseBackend({})).toEqual({ kind: "store" });
    expect(chooseBackend({ WIX_API_KEY: " ", WIX_SITE_ID: "" })).toEqual({ kind: "store" });
  });

  it("uses Wix when both are set, at wixapis.com by default", () => {
    expect(chooseBackend({ WIX_API_KEY: "key", WIX_SITE_ID: "ab12cd34-site" })).toEqual({
      kind: "wix",
      apiKey: "key",
      siteId: "ab12cd34-site",
      baseUrl: "https://www.wixapis.com",
      label: "Wix site ab12…",
      collectionQueries: true,
    });
  });

  it("names the emulator when the base URL points elsewhere", () => {
    const choice = chooseBackend({ WIX_API_KEY: "k", WIX_SITE_ID: "ab12cd", WIX_API_BASE_URL: "http://127.0.0.1:4012/" });
    expect(choice).toMatchObject({ baseUrl: "http://127.0.0.1:4012", label: "Wix site ab12… (emulator at http://127.0.0.1:4012)" });
  });

  it.each([
    [{ WIX_API_KEY: "k" }, /WIX_SITE_ID is missing/],
    [{ WIX_SITE_ID: "s" }, /WIX_API_KEY is missing/],
    [
      { WIX_API_KEY: "k", WIX_SITE_ID: "s", WIX_API_BASE_URL: "www.wixapis.com" },
      /WIX_API_BASE_URL "www.wixapis.com" is not an http\(s\) URL/,
    ],
    [{ WIX_API_KEY: "k", WIX_SITE_ID: "s", WIX_API_BASE_URL: "ftp://x" }, /not an http\(s\) URL/],
  ])("reports a partial setup %j clearly, naming the variable", (env, problem) => {
    const choice = chooseBackend(env);
    expect(choice.kind).toBe("incomplete");
    expect(choice.kind === "incomplete" && choice.problem).toMatch(problem);
  });

  it("switches the Data Items path off with WIX_DATA_ITEMS=off", () => {
    expect(chooseBackend({ WIX_API_KEY: "k", WIX_SITE_ID: "s", WIX_DATA_ITEMS: "off" })).toMatchObject({ collectionQueries: false });
  });
});

describe("wixLabel", () => {
  it("shows the first four characters of the site id", () => {
    expect(wixLabel("ab12cd34", "https://www.wixapis.com")).toBe("Wix site ab12…");
  });
});
