// A one-time message that survives a navigation (and a reload): the form leaves it before going
// back to the coupon list, and the list's toast shows it once.
const KEY = "coupons:flash";

export interface Flash {
  message: string;
  /** A follow-up, e.g. "Edit" for the coupon just created. */
  link?: { href: string; label: string };
}

export function leaveFlash(flash: Flash): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(flash));
  } catch {
    // Storage can be off (private mode); the toast is a nicety, the save already happened.
  }
}

/** The waiting message, removed as it is read. */
export function takeFlash(): Flash | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    window.sessionStorage.removeItem(KEY);
    const flash = JSON.parse(raw) as Flash;
    return typeof flash?.message === "string" ? flash : null;
  } catch {
    return null;
  }
}
