import { z } from 'zod';
import { PLACE_ROLES } from '$lib/teams/place-roles';

/*
 * Form schemas for signing in and running a team. Each failure carries a stable code (the issue
 * message) that the page turns into words in the reader's language — never English from the server.
 * The fields every form shares live in fields.ts.
 */

export const emailField = z
	.string({ error: 'email_missing' })
	.trim()
	.min(1, 'email_missing')
	.max(254, 'email_too_long')
	.pipe(z.email('email_invalid'));

export const requestCodeForm = z.object({ email: emailField });

export const enterCodeForm = z.object({
	code: z
		.string({ error: 'code_missing' })
		.transform((s) => s.replace(/\s+/g, ''))
		.pipe(z.string().min(1, 'code_missing').regex(/^\d{6}$/, 'code_format'))
});

export const staffSignInForm = z.object({
	email: emailField,
	password: z.string({ error: 'password_missing' }).min(1, 'password_missing').max(256, 'password_too_long')
});

export const totpForm = z.object({
	code: z
		.string({ error: 'code_missing' })
		.transform((s) => s.replace(/\s+/g, ''))
		.pipe(z.string().min(1, 'code_missing').regex(/^\d{6}$/, 'code_format'))
});

export const displayNameField = z
	.string({ error: 'name_missing' })
	.trim()
	.min(1, 'name_missing')
	.max(80, 'name_too_long')
	// eslint-disable-next-line no-control-regex -- a name with control characters is refused
	.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'name_invalid');

export const newPasswordField = z
	.string({ error: 'password_missing' })
	.min(1, 'password_missing')
	.min(12, 'password_too_short')
	.max(256, 'password_too_long');

export const placeRoleField = z.enum(PLACE_ROLES, { error: 'role_invalid' });

export const inviteForm = z.object({ email: emailField, role: placeRoleField });

export const changeRoleForm = z.object({ membershipId: z.uuid('member_unknown'), role: placeRoleField });

export const acceptInvitationForm = z.object({ displayName: displayNameField, password: newPasswordField });

export const createPlaceForm = z.object({
	slug: z
		.string({ error: 'slug_missing' })
		.trim()
		.toLowerCase()
		.min(1, 'slug_missing')
		.max(60, 'slug_too_long')
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug_format'),
	nameEn: z.string({ error: 'name_missing' }).trim().min(1, 'name_missing').max(120, 'name_too_long'),
	nameCy: z.string().trim().max(120, 'name_too_long').default(''),
	summaryEn: z.string().trim().max(500, 'summary_too_long').default(''),
	leadEmail: emailField
});

export const resetPasswordForm = z.object({
	code: enterCodeForm.shape.code,
	password: newPasswordField
});

export const changePasswordForm = z.object({
	currentPassword: z.string({ error: 'password_missing' }).min(1, 'password_missing').max(256, 'password_too_long'),
	newPassword: newPasswordField
});
