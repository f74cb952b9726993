/**
 * Why a message was not sent, with a stable code the route maps to a message key:
 * a bad address is the resident's typo; a failed send is ours (retry later, tell them so).
 */
export type MailErrorCode = 'mail_invalid_address' | 'mail_invalid_message' | 'mail_send_failed';

export class MailError extends Error {
	readonly code: MailErrorCode;
	constructor(code: MailErrorCode, detail: string, options?: { cause?: unknown }) {
		super(`${detail} (${code})`, options);
		this.name = 'MailError';
		this.code = code;
	}
}
