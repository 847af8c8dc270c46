// The spec files that run in more than one project, by what they check: matched by each project
// that runs them (playwright.config.ts and e2e/support/*-mode.ts).
/** The smoke spec runs in both modes, as a support user. */
export const SMOKE_SPECS = [/smoke\.spec\.ts/];
/** The first-look checks, at 1440×900 and at 390×844. */
export const FIRST_LOOK_SPECS = [/first-look\.spec\.ts/];
/** The code checker, as support: in both modes. */
export const CHECKER_SPECS = [/checker\.spec\.ts/];
/** Usage over time: charts as support, alerts acted on as a merchant; in both modes. */
export const USAGE_CHART_SPECS = [/usage-charts\.spec\.ts/];
export const USAGE_ALERT_SPECS = [/usage-alerts\.spec\.ts/];
/** Code families, made and managed as a merchant; in both modes. */
export const FAMILY_SPECS = [/families\.spec\.ts/, /import\.spec\.ts/];
/** Coupons made elsewhere, opened and edited as a merchant: in both modes too. */
export const MADE_ELSEWHERE_SPECS = [/made-elsewhere\.spec\.ts/];
