import { z } from 'zod';
import { emailField } from './accounts';

/** A steward hands a place with no lead left to a new lead: who, and why (on the place's record). */
export const handOverForm = z.object({
	email: emailField,
	reason: z.string({ error: 'hand_over_reason_missing' }).trim().min(1, 'hand_over_reason_missing').max(500, 'hand_over_reason_too_long')
});
