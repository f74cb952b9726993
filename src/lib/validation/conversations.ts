import { z } from 'zod';
import { ANSWERS, STATEMENT_MAX } from '$lib/conversation/conversation-words';

export const TOPIC_MAX = 200;
export const BALLOT_NOTE_MAX = 400;

const statementBody = z.string({ error: 'statement_body_missing' }).trim().min(1, 'statement_body_missing').max(STATEMENT_MAX, 'statement_body_too_long');

export const openConversationForm = z.object({
	topic: z.string({ error: 'conversation_topic_missing' }).trim().min(1, 'conversation_topic_missing').max(TOPIC_MAX, 'conversation_topic_too_long')
});

export const statementForm = z.object({ body: statementBody });

export const answerForm = z.object({
	statementId: z.uuid('statement_unknown'),
	answer: z.enum(ANSWERS, { error: 'answer_unknown' })
});

export const statementRefForm = z.object({ statementId: z.uuid('statement_unknown') });

export const hideStatementForm = z.object({
	statementId: z.uuid('statement_unknown'),
	reason: z.string({ error: 'hide_reason_missing' }).trim().min(1, 'hide_reason_missing').max(300, 'hide_reason_too_long')
});

export const ballotNoteForm = z.object({ ballotNote: z.string().trim().max(BALLOT_NOTE_MAX, 'ballot_note_too_long').default('') });
