/**
 * How a session began. Only a password session carries staff powers; an emailed code gives a
 * resident's session whatever roles the person holds.
 */
export const SESSION_METHODS = ['email_code', 'password'] as const;
export type SessionMethod = (typeof SESSION_METHODS)[number];

/** What an emailed one-time code is for. */
export const EMAIL_CODE_PURPOSES = ['sign_in', 'password_reset'] as const;
export type EmailCodePurpose = (typeof EMAIL_CODE_PURPOSES)[number];
