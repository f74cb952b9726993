/*
 * Stable codes a conversation form may come back with (browser-safe). The words are in
 * components/conversation/conversation-error-texts.ts, declared against this list.
 */
export type ConversationErrorCode =
	| 'conversation_topic_missing'
	| 'conversation_topic_too_long'
	| 'conversation_not_open'
	| 'conversation_too_late'
	| 'conversation_exists'
	| 'statement_body_missing'
	| 'statement_body_too_long'
	| 'statement_unknown'
	| 'answer_unknown'
	| 'ballot_note_too_long';
