import type { LearningPart } from '$lib/learning/learning-parts';
import { m } from '$lib/paraglide/messages';

/** The four parts of a learning review, as headings and form labels. */
export const learningPartLabel: Record<LearningPart, () => string> = {
	worked: m.learning_worked,
	didNotWork: m.learning_did_not_work,
	cost: m.learning_cost,
	wouldChange: m.learning_would_change
};

/** What happened when the team saved, said on the page they land on. */
export const learningDoneText: Record<string, () => string> = {
	draft_saved: m.learning_done_draft_saved,
	published: m.learning_done_published,
	edited: m.learning_done_edited,
	unchanged: m.learning_done_unchanged
};
