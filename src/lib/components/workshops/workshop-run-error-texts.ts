import { m } from '$lib/paraglide/messages';
import type { WorkshopRunErrorCode } from '$lib/workshops/workshops.errors';

/** Error codes of the workshop's team side (create, agenda, run, land), in the user's language. */
export const workshopRunErrorTexts = {
	workshop_title_missing: () => m.workshop_team_error_title_missing(),
	workshop_title_too_long: (p) => m.workshop_team_error_title_too_long({ max: p.max ?? 120 }),
	workshop_venue_missing: () => m.workshop_team_error_venue_missing(),
	workshop_venue_too_long: (p) => m.workshop_team_error_venue_too_long({ max: p.max ?? 120 }),
	workshop_day_missing: () => m.workshop_team_error_day_missing(),
	workshop_time_missing: () => m.workshop_team_error_time_missing(),
	workshop_time_invalid: () => m.workshop_team_error_time_invalid(),
	workshop_phase_missing: () => m.workshop_team_error_phase_missing(),
	workshop_phase_unknown: () => m.workshop_team_error_phase_missing(),
	workshop_activity_kind_missing: () => m.workshop_team_error_kind_missing(),
	workshop_prompt_missing: () => m.workshop_team_error_prompt_missing(),
	workshop_prompt_too_long: (p) => m.workshop_team_error_prompt_too_long({ max: p.promptMax ?? 200 }),
	workshop_dots_range: () => m.workshop_team_error_dots_range(),
	workshop_dot_target_missing: () => m.workshop_team_error_dot_target_missing(),
	workshop_poll_options_count: () => m.workshop_team_error_poll_options_count(),
	workshop_poll_option_too_long: (p) => m.workshop_team_error_poll_option_too_long({ max: p.optionMax ?? 80 }),
	workshop_unknown: () => m.workshop_team_error_unknown(),
	workshop_ended: () => m.workshop_team_error_ended(),
	workshop_not_planned: () => m.workshop_team_error_not_planned(),
	workshop_not_live: () => m.workshop_team_error_not_live(),
	workshop_not_ended: () => m.workshop_team_error_not_ended(),
	workshop_not_started: () => m.workshop_team_error_not_started(),
	workshop_agenda_empty: () => m.workshop_team_error_agenda_empty(),
	workshop_no_next_activity: () => m.workshop_team_error_no_next(),
	workshop_no_previous_activity: () => m.workshop_team_error_no_previous(),
	workshop_activity_unknown: () => m.workshop_team_error_activity_unknown(),
	workshop_activity_reached: () => m.workshop_team_error_activity_reached(),
	workshop_activity_cannot_move: () => m.workshop_team_error_activity_cannot_move(),
	workshop_theme_missing: () => m.workshop_team_error_theme_missing(),
	workshop_theme_too_long: (p) => m.workshop_team_error_theme_too_long({ max: p.themeMax ?? 60 }),
	workshop_theme_unknown: () => m.workshop_team_error_theme_unknown(),
	workshop_idea_unknown: () => m.workshop_team_error_idea_unknown(),
	workshop_hide_reason_missing: () => m.workshop_hide_reason_missing(),
	workshop_attendance_total_missing: () => m.workshop_team_error_attendance_total_missing(),
	workshop_attendance_invalid: () => m.workshop_team_error_attendance_invalid(),
	workshop_attendance_bands_over_total: () => m.workshop_team_error_attendance_bands_over_total(),
	workshop_land_into_missing: () => m.workshop_team_error_land_into_missing(),
	workshop_already_landed: () => m.workshop_team_error_already_landed(),
	workshop_nothing_to_land: () => m.workshop_team_error_nothing_to_land(),
	workshop_vote_closed: () => m.workshop_team_error_vote_closed(),
	workshop_vote_pot_unknown: () => m.workshop_team_error_vote_pot_unknown()
} satisfies Record<WorkshopRunErrorCode, (params: Record<string, string | number>) => string>;

/** What the console says after a change went through. */
export const runDoneText: Record<string, () => string> = {
	workshop_started: m.workshop_team_done_started,
	workshop_moved: m.workshop_team_done_moved,
	workshop_ended: m.workshop_team_done_ended,
	workshop_activity_added: m.workshop_team_done_activity_added,
	workshop_activity_removed: m.workshop_team_done_activity_removed,
	workshop_activity_moved: m.workshop_team_done_activity_moved,
	workshop_idea_added: m.workshop_team_done_idea_added,
	workshop_theme_added: m.workshop_team_done_theme_added,
	workshop_idea_moved: m.workshop_team_done_idea_moved,
	workshop_idea_hidden: m.workshop_team_done_idea_hidden,
	workshop_attendance_recorded: m.workshop_team_done_attendance,
	workshop_landed: m.workshop_team_done_landed,
	workshop_vote_opened: m.workshop_team_done_vote_opened
};
