import { m } from '$lib/paraglide/messages';
import type { ConversationErrorCode } from '$lib/conversation/conversations.errors';

/** Words for the conversation forms' codes (spread into form-errors' table). */
export const conversationErrorTexts = {
	conversation_topic_missing: () => m.conversation_error_topic_missing(),
	conversation_topic_too_long: () => m.conversation_error_topic_too_long(),
	conversation_not_open: () => m.conversation_error_not_open(),
	conversation_too_late: () => m.conversation_error_too_late(),
	conversation_exists: () => m.conversation_error_exists(),
	statement_body_missing: () => m.conversation_error_statement_missing(),
	statement_body_too_long: (p) => m.conversation_error_statement_too_long({ max: p.max ?? 140 }),
	statement_unknown: () => m.conversation_error_statement_unknown(),
	answer_unknown: () => m.conversation_error_answer_unknown(),
	ballot_note_too_long: () => m.conversation_error_ballot_note_too_long()
} satisfies Record<ConversationErrorCode, (params: Record<string, string | number>) => string>;
