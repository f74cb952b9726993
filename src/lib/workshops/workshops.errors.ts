/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What the workshop's team side (create, agenda, run, land) may refuse. */
export type WorkshopRunErrorCode =
	| 'workshop_title_missing'
	| 'workshop_title_too_long'
	| 'workshop_venue_missing'
	| 'workshop_venue_too_long'
	| 'workshop_day_missing'
	| 'workshop_time_missing'
	| 'workshop_time_invalid'
	| 'workshop_phase_missing'
	| 'workshop_phase_unknown'
	| 'workshop_activity_kind_missing'
	| 'workshop_prompt_missing'
	| 'workshop_prompt_too_long'
	| 'workshop_dots_range'
	| 'workshop_dot_target_missing'
	| 'workshop_poll_options_count'
	| 'workshop_poll_option_too_long'
	| 'workshop_unknown'
	| 'workshop_ended'
	| 'workshop_not_planned'
	| 'workshop_not_live'
	| 'workshop_not_ended'
	| 'workshop_not_started'
	| 'workshop_agenda_empty'
	| 'workshop_no_next_activity'
	| 'workshop_no_previous_activity'
	| 'workshop_activity_unknown'
	| 'workshop_activity_reached'
	| 'workshop_activity_cannot_move'
	| 'workshop_theme_missing'
	| 'workshop_theme_too_long'
	| 'workshop_theme_unknown'
	| 'workshop_idea_unknown'
	| 'workshop_hide_reason_missing'
	| 'workshop_attendance_total_missing'
	| 'workshop_attendance_invalid'
	| 'workshop_attendance_bands_over_total'
	| 'workshop_land_into_missing'
	| 'workshop_already_landed'
	| 'workshop_nothing_to_land';

/** What the workshop room (join, ideas, dots, poll) may refuse. */
export type WorkshopRoomErrorCode =
	| 'workshop_idea_missing'
	| 'workshop_idea_too_long'
	| 'workshop_room_code_missing'
	| 'workshop_room_code_format'
	| 'workshop_room_code_unknown'
	| 'workshop_room_name_too_long'
	| 'workshop_room_not_joined'
	| 'workshop_room_not_live'
	| 'workshop_room_ended'
	| 'workshop_room_moved_on'
	| 'workshop_room_dots_used_up'
	| 'workshop_room_dot_none_here'
	| 'workshop_room_dot_target_unknown'
	| 'workshop_room_poll_option_missing'
	| 'workshop_room_poll_option_unknown';
