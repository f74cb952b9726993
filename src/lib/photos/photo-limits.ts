/**
 * The biggest photo file taken: a phone photo is 3–8 MB. Shared with the browser, which refuses a
 * bigger file before sending it over a slow network. BODY_SIZE_LIMIT (README) must be above it.
 */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** What the messages say the limit is. */
export const PHOTO_MAX_MEGABYTES = PHOTO_MAX_BYTES / (1024 * 1024);
