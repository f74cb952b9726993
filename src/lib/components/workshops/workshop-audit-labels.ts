import { m } from '$lib/paraglide/messages';

/** Workshop audit codes, phrased for the team (lowercase verb phrases, like the others). */
export const workshopAuditLabels: Record<string, () => string> = {
	'workshop.created': m.workshop_team_audit_created,
	'workshop.activity_added': m.workshop_team_audit_activity_added,
	'workshop.activity_removed': m.workshop_team_audit_activity_removed,
	'workshop.activity_moved': m.workshop_team_audit_activity_moved,
	'workshop.started': m.workshop_team_audit_started,
	'workshop.moved_on': m.workshop_team_audit_moved_on,
	'workshop.ended': m.workshop_team_audit_ended,
	'workshop.paper_idea_added': m.workshop_team_audit_paper_idea_added,
	'workshop.theme_added': m.workshop_team_audit_theme_added,
	'workshop.idea_grouped': m.workshop_team_audit_idea_grouped,
	'workshop.idea_hidden': m.workshop_team_audit_idea_hidden,
	'workshop.attendance_recorded': m.workshop_team_audit_attendance_recorded,
	'workshop.landed': m.workshop_team_audit_landed,
	'workshop.vote_opened': m.workshop_team_audit_vote_opened
};
