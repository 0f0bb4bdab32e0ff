// The moment the site is built: decides the conference's status. BUILD_DATE (ISO 8601) pins it,
// e.g. to preview how the home page read before the conference.
const pinned = import.meta.env.BUILD_DATE as string | undefined;
export const buildDate = pinned ? new Date(pinned) : new Date();
if (Number.isNaN(buildDate.getTime())) throw new Error(`BUILD_DATE must be an ISO date such as 2023-04-01, got "${pinned}"`);
