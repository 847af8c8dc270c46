// What the details drawer's usage chart is sent: plain data, every word made on the server.
import type { DayUses } from "./daily";

export interface UsageView {
  /** The last 14 days in the merchant's zone, oldest first; `label` is "9 Dec". */
  days: (DayUses & { label: string })[];
  uses: number;
  usageLimit: number | null;
  /** "At the last 3 days' pace (about 12 a day), the limit of 500 is reached in about 2 days, on 9 Dec (Europe/Berlin)." */
  forecast: string;
  /** "Europe/Berlin (CET)". */
  zone: string;
  /** When the first reading was taken ("2 Dec at 10:15"), or null before the first round. */
  trackedSince: string | null;
}
