import { m } from '$lib/paraglide/messages';
import type { LearningErrorCode } from '$lib/learning/learning.errors';

/** Words for the learning review's form codes (to spread into form-errors' table). */
export const learningErrorTexts = {
	learning_worked_missing: () => m.learning_error_worked_missing(),
	learning_did_not_work_missing: () => m.learning_error_did_not_work_missing(),
	learning_cost_missing: () => m.learning_error_cost_missing(),
	learning_would_change_missing: () => m.learning_error_would_change_missing(),
	learning_part_too_long: (p) => m.learning_error_part_too_long({ max: p.max ?? 4000 }),
	learning_language_unknown: () => m.learning_error_language_unknown()
} satisfies Record<LearningErrorCode, (params: Record<string, string | number>) => string>;
