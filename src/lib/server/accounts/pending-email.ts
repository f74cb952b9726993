/** Carries the address between "email me a code" and "enter the code" without putting it in a URL. */
export const PENDING_EMAIL_COOKIE = 'placecraft_pending_email';
