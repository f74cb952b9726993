import { z } from 'zod';
import { MailError } from './mail.errors';

/**
 * One outgoing email, already written in the reader's language by the caller: this module sends
 * text, it does not compose it.
 */
export const mailMessageSchema = z.object({
	to: z.email(),
	// No line breaks: a subject is one header line, and a break there is how headers get injected.
	subject: z.string().min(1).max(300).regex(/^[^\r\n]*$/, 'one line'),
	text: z.string().min(1),
	html: z.string().min(1).optional(),
	/** Why it is sent: 'sign_in_code', 'invitation', 'password_reset' … */
	purpose: z.string().regex(/^[a-z][a-z_]*$/, 'a snake_case code')
});

export type MailMessage = z.input<typeof mailMessageSchema>;

/** The message, checked; a MailError naming what is wrong otherwise. */
export function parseMailMessage(input: MailMessage): z.output<typeof mailMessageSchema> {
	const parsed = mailMessageSchema.safeParse(input);
	if (parsed.success) return parsed.data;
	const addressWrong = parsed.error.issues.some((issue) => issue.path[0] === 'to');
	// The address itself stays out of the error: errors end up in logs, addresses are personal data.
	if (addressWrong) throw new MailError('mail_invalid_address', 'the recipient is not an email address');
	throw new MailError('mail_invalid_message', z.prettifyError(parsed.error));
}
