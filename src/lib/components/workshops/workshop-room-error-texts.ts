import { m } from '$lib/paraglide/messages';
import type { WorkshopRoomErrorCode } from '$lib/workshops/workshops.errors';

/** Error codes of the workshop's room side (join, ideas, dots, poll), in the user's language. */
export const workshopRoomErrorTexts = {
	workshop_idea_missing: () => m.workshop_idea_missing(),
	workshop_idea_too_long: (p) => m.workshop_idea_too_long({ max: p.max ?? 280 }),
	workshop_room_code_missing: () => m.workshop_room_error_code_missing(),
	workshop_room_code_format: () => m.workshop_room_error_code_format(),
	workshop_room_code_unknown: () => m.workshop_room_error_code_unknown(),
	workshop_room_name_too_long: (p) => m.workshop_room_error_name_too_long({ max: p.nameMax ?? 60 }),
	workshop_room_not_joined: () => m.workshop_room_error_not_joined(),
	workshop_room_not_live: () => m.workshop_room_error_not_live(),
	workshop_room_ended: () => m.workshop_room_error_ended(),
	workshop_room_moved_on: () => m.workshop_room_error_moved_on(),
	workshop_room_dots_used_up: () => m.workshop_room_error_dots_used_up(),
	workshop_room_dot_none_here: () => m.workshop_room_error_dot_none_here(),
	workshop_room_dot_target_unknown: () => m.workshop_room_error_dot_target_unknown(),
	workshop_room_poll_option_missing: () => m.workshop_room_error_poll_option_missing(),
	workshop_room_poll_option_unknown: () => m.workshop_room_error_poll_option_unknown()
} satisfies Record<WorkshopRoomErrorCode, (params: Record<string, string | number>) => string>;
