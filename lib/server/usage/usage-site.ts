// The site key usage records are filed under: one embedded store, or one Wix site.
export const STORE_SITE = "store";
