import { m } from '$lib/paraglide/messages';
import type { AnswerWord } from '$lib/conversation/conversation-words';

export const answerLabel = {
	agree: m.conversation_answer_agree,
	disagree: m.conversation_answer_disagree,
	pass: m.conversation_answer_pass
} satisfies Record<AnswerWord, () => string>;
