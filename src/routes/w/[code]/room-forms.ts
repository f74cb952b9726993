import { z } from 'zod';
import type { DottedItem } from '$lib/server/workshops/spend-dots';

/** Long enough for a first name or a nickname; it is shown next to ideas on the projector. */
export const NAME_MAX_LENGTH = 60;

export const joinForm = z.object({
	name: z
		.string()
		.trim()
		.max(NAME_MAX_LENGTH, 'workshop_room_name_too_long')
		.default('')
		.transform((name) => name || null)
});

/** A dot button's hidden fields: the activity, and an idea or a proposal. Ids are checked by the domain. */
export function dotForm(values: Record<string, string>): { activity: string; target: DottedItem } {
	const target: DottedItem = values.proposal ? { proposalId: values.proposal } : { ideaId: values.idea ?? '' };
	return { activity: values.activity ?? '', target };
}
