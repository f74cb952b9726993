import { z } from 'zod';

/** One idea from the room: short enough for a sticky note and a projector. */
export const IDEA_MAX_LENGTH = 280;

export const ideaForm = z.object({
	body: z.string({ error: 'workshop_idea_missing' }).trim().min(1, 'workshop_idea_missing').max(IDEA_MAX_LENGTH, 'workshop_idea_too_long')
});
