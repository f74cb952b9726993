import { m } from '$lib/paraglide/messages';
import { cycleAuditLabels } from '$lib/components/cycles/cycle-audit-labels';
import { workshopAuditLabels } from '$lib/components/workshops/workshop-audit-labels';
import { startCycleAuditLabels } from '$lib/components/cycles/start-cycle-audit-labels';
import { centralServiceAuditLabels } from '$lib/components/central-services/central-service-audit-labels';
import { conversationAuditLabels } from '$lib/components/conversation/conversation-audit-labels';

// Stable codes from the audit record, phrased for the team; an unknown code is shown as it is.
const labels: Record<string, () => string> = {
	'session.signed_in': m.audit_action_session_signed_in,
	'session.sign_in_failed': m.audit_action_session_sign_in_failed,
	'invitation.sent': m.audit_action_invitation_sent,
	'invitation.accepted': m.audit_action_invitation_accepted,
	'invitation.revoked': m.audit_action_invitation_revoked,
	'member.role_changed': m.audit_action_member_role_changed,
	'member.removed': m.audit_action_member_removed,
	'place.created': m.audit_action_place_created,
	'place.story_changed': m.audit_action_place_story_changed,
	'place.photo_added': m.audit_action_place_photo_added,
	'team.lead_handed_over': m.audit_action_team_lead_handed_over,
	...startCycleAuditLabels,
	'post.hidden': m.audit_action_post_hidden,
	'proposal.hidden': m.proposal_audit_hidden,
	'comment.hidden': m.comment_audit_action_hidden,
	'budget.contribution_added': m.audit_action_budget_contribution_added,
	'budget.contribution_removed': m.audit_action_budget_contribution_removed,
	'budget.pot_created': m.audit_action_budget_pot_created,
	'budget.pot_allocated': m.audit_action_budget_pot_allocated,
	'challenge.created': m.challenge_audit_created,
	'challenge.updated': m.challenge_audit_updated,
	'challenge.published': m.challenge_audit_published,
	'proposal.reviewed': m.review_audit_reviewed,
	'proposal.themes_tagged': m.library_audit_themes_tagged,
	'budget.proposal_pots_assigned': m.audit_action_budget_proposal_pots_assigned,
	'budget.pot_removed': m.audit_action_budget_pot_removed,
	'vote.settings_changed': m.audit_action_vote_settings_changed,
	'phase.settings_changed': m.phase_settings_audit_changed,
	'register.imported': m.audit_action_register_imported,
	'letter_codes.generated': m.letter_codes_audit_generated,
	'letter_codes.revoked': m.letter_codes_audit_revoked,
	'paper.entered': m.paper_audit_entered,
	'paper.counted': m.paper_audit_counted,
	'paper.discarded': m.paper_audit_discarded,
	'results.count_started': m.audit_action_results_count_started,
	'results.decision_published': m.decision_audit_published,
	'results.change_recorded': m.decision_audit_change_recorded,
	'delivery.status_changed': m.delivery_audit_status_changed,
	'delivery.milestone_added': m.delivery_audit_milestone_added,
	'delivery.milestone_done': m.delivery_audit_milestone_done,
	'delivery.spending_recorded': m.delivery_audit_spending_recorded,
	'delivery.update_posted': m.delivery_audit_update_posted,
	'delivery.update_photo_added': m.delivery_audit_update_photo_added,
	'delivery.outcome_set': m.delivery_audit_outcome_set,
	'delivery.evidence_added': m.delivery_audit_evidence_added,
	'small_sums.spend_recorded': m.small_sums_audit_spend_recorded,
	'small_sums.spend_corrected': m.small_sums_audit_spend_corrected,
	'small_sums.pot_set': m.small_sums_audit_pot_set,
	'learning.draft_saved': m.learning_audit_draft_saved,
	'learning.published': m.learning_audit_published,
	'learning.edited': m.learning_audit_edited,
	...workshopAuditLabels,
	...cycleAuditLabels,
	...centralServiceAuditLabels,
	...conversationAuditLabels
};

export function describeAuditAction(code: string): string {
	return labels[code]?.() ?? code;
}
