import { m } from '$lib/paraglide/messages';

/** The conversation's audit codes, phrased for the team (spread into audit-action's table). */
export const conversationAuditLabels: Record<string, () => string> = {
	'conversation.opened': m.conversation_audit_opened,
	'conversation.closed': m.conversation_audit_closed,
	'conversation.reopened': m.conversation_audit_reopened,
	'conversation.ballot_noted': m.conversation_audit_ballot_noted,
	'conversation.regrouped': m.conversation_audit_regrouped,
	'conversation.statement_written': m.conversation_audit_statement_written,
	'conversation.statement_published': m.conversation_audit_statement_published,
	'conversation.statement_hidden': m.conversation_audit_statement_hidden
};
