// The moment the site is built: decides the conference's status. BUILD_DATE (ISO 8601) pins it,
// e.g. to preview how the home page read before the conference.
import { settings } from './build-settings';

export const buildDate = settings.buildDate;
