import { z } from 'zod';

/** The photo's description for people who cannot see it; required when a photo is given (checked with the file). */
export const photoAltForm = z.object({
	photoAlt: z
		.string()
		.trim()
		.max(250, 'photo_alt_too_long')
		.optional()
		.transform((s) => s ?? '')
});
