import { m } from '$lib/paraglide/messages';

/** Error codes of the workshop's room side (join, ideas, dots, poll), in the user's language. */
export const workshopRoomErrorTexts: Record<string, (params: Record<string, string | number>) => string> = {
	workshop_idea_missing: () => m.workshop_idea_missing(),
	workshop_idea_too_long: (p) => m.workshop_idea_too_long({ max: p.max ?? 280 })
};
