import { afterEach, describe, expect, it, vi } from "vitest";
import { streamedResponse } from "./streamed-response";

const options = { encode: (n: number) => `${n}\n`, headers: {}, failureLog: "[test] failed midway", lastWords: "stopped\n" };

afterEach(() => vi.restoreAllMocks());

async function* counting(upTo: number, fail = false) {
  for (let n = 1; n <= upTo; n++) yield n;
  if (fail) throw new Error("backend went away");
}

describe("streamedResponse", () => {
  it("streams every chunk, then ends", async () => {
    expect(await (await streamedResponse(counting(3), options)).text()).toBe("1\n2\n3\n");
  });

  it("ends with the last words and logs it when the source fails midway", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await (await streamedResponse(counting(2, true), options)).text()).toBe("1\n2\nstopped\n");
    expect(logged).toHaveBeenCalledWith("[test] failed midway", expect.any(Error));
  });

  it("stops the source quietly when the reader goes away while a chunk is on its way", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let release!: () => void;
    let finished = false;
    async function* slow() {
      try {
        yield 1;
        await new Promise<void>((resolve) => (release = resolve));
        yield 2;
      } finally {
        finished = true;
      }
    }
    const reader = (await streamedResponse(slow(), options)).body!.getReader();
    expect((await reader.read()).value).toBeDefined();
    const pending = reader.read();
    await vi.waitFor(() => expect(release).toBeDefined());
    const cancelled = reader.cancel();
    release();
    await cancelled;
    expect((await pending).done).toBe(true);
    await vi.waitFor(() => expect(finished).toBe(true));
    expect(logged).not.toHaveBeenCalled();
  });
});
