import { z } from 'zod';
import { GROUP_ROLES } from '$lib/groups/group-roles';
import { emailField } from './accounts';

/*
 * Form schemas for community groups. Like every form, a failure is a stable code (the issue
 * message) that the page turns into words; group codes are separate where the place's words
 * ("Enter a web address for the place") would be wrong.
 */

/** Same shape as a place's web address: small letters, numbers and single hyphens. */
const groupSlugField = z
	.string({ error: 'group_slug_missing' })
	.trim()
	.toLowerCase()
	.min(1, 'group_slug_missing')
	.max(60, 'slug_too_long')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug_format');

const groupNameField = z
	.string({ error: 'name_missing' })
	.trim()
	.min(1, 'name_missing')
	.max(120, 'name_too_long')
	// eslint-disable-next-line no-control-regex -- a name with control characters is refused
	.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'name_invalid');

const groupDescriptionField = z.string().trim().max(1000, 'description_too_long').default('');

export const groupDetailsForm = z.object({ name: groupNameField, description: groupDescriptionField });

export const createGroupForm = groupDetailsForm.extend({ slug: groupSlugField });

export const addGroupMemberForm = z.object({
	email: emailField,
	role: z.enum(GROUP_ROLES, { error: 'role_invalid' }).default('member')
});

export const groupMemberIdForm = z.object({ memberId: z.uuid('not_in_group') });
