import { m } from '$lib/paraglide/messages';

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
	'post.hidden': m.audit_action_post_hidden,
	'comment.hidden': m.comment_audit_action_hidden
};

export function describeAuditAction(code: string): string {
	return labels[code]?.() ?? code;
}
