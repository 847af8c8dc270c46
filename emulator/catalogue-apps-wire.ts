// For the emulator's tests of the other apps' catalogues: the Events and Pricing Plans endpoints
// they call, and a query body from its parts.
export const EVENTS = "/events/v3/events/query";
export const TICKETS = "/events/v3/ticket-definitions/query";
export const PLANS = "/pricing-plans/v3/plans/query";

export const query = (filter?: unknown, paging?: Record<string, unknown>, sort?: unknown) => ({
  query: { ...(filter === undefined ? {} : { filter }), ...(paging ? { paging } : {}), ...(sort ? { sort } : {}) },
});
