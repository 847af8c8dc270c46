// A clock for tests: time only moves when something sleeps, so waits of minutes take no time.
export interface FakeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Every sleep asked for, in ms. */
  readonly sleeps: number[];
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += Math.max(0, ms);
    },
    sleeps,
  };
}
