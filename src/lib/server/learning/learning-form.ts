import { z } from 'zod';
import { LEARNING_PARTS, type LearningPart } from '../../learning/learning-parts';

/** Long enough for a few honest paragraphs, short enough that the review stays short. */
export const LEARNING_PART_MAX = 4000;

const part = z
	.string()
	.optional()
	.transform((s) => (s ?? '').trim())
	.pipe(z.string().max(LEARNING_PART_MAX, 'learning_part_too_long'));

/**
 * The review form: its four parts (any may be empty while it is a draft) and the language it is
 * written in, one of the place's languages. The place's only language needs no choosing.
 */
export function learningReviewForm(languages: readonly string[]) {
	return z.object({
		worked: part,
		didNotWork: part,
		cost: part,
		wouldChange: part,
		language: z
			.string()
			.optional()
			.transform((s) => s || languages[0])
			.pipe(z.enum(languages as [string, ...string[]], 'learning_language_unknown'))
	});
}

export type LearningReviewInput = z.infer<ReturnType<typeof learningReviewForm>>;

/** A published review has all four parts: the ones still empty, as field → error code. */
export function missingParts(input: Pick<LearningReviewInput, LearningPart>): Record<string, string> {
	const missing: Record<string, string> = {};
	for (const key of LEARNING_PARTS) if (!input[key]) missing[key] = `learning_${snake(key)}_missing`;
	return missing;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
