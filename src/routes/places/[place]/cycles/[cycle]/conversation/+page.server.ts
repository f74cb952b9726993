import { redirect } from '@sveltejs/kit';
import { canAnswerConversation } from '$lib/conversation/conversation-gate';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { answerStatement } from '$lib/server/conversations/answer-statement';
import { conversationOr404 } from '$lib/server/conversations/conversation-or-404';
import { findNextStatement, listOwnAnswers, listShownStatements } from '$lib/server/conversations/conversations.queries';
import { canOnConversation } from '$lib/server/conversations/conversations.permissions';
import { suggestStatement } from '$lib/server/conversations/write-statement';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { isUuid } from '$lib/validation/fields';
import { answerForm, statementForm } from '$lib/validation/conversations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle, conversation } = await conversationOr404(db, params);
	const open = canAnswerConversation(cycle, conversation);
	const statements = await listShownStatements(db, conversation);
	const team = canOnConversation(locals.actor, 'conversation.run', { placeId: place.id }) || canOnConversation(locals.actor, 'conversation.moderate', { placeId: place.id });
	const base = { place, cycle, conversation: { topic: conversation.topic, status: conversation.status }, open, total: statements.length, team };
	if (locals.actor.kind !== 'person') return { ...base, signedIn: false as const };
	const own = await listOwnAnswers(db, conversation, locals.actor.userId);
	// ?statement=… asks that statement again, to change an answer; otherwise the next one not answered.
	const asked = url.searchParams.get('statement');
	const again = asked && isUuid(asked) ? statements.find((statement) => statement.id === asked) : undefined;
	const next = again ?? (await findNextStatement(db, conversation, locals.actor.userId));
	return { ...base, signedIn: true as const, own, next, current: again ? own.find((answer) => answer.statementId === again.id)?.answer : undefined };
};

async function openConversationOf(event: Parameters<Actions[string]>[0]) {
	const db = await getDatabase();
	const found = await conversationOr404(db, event.params as { place: string; cycle: string });
	return { db, ...found };
}

export const actions = {
	answer: async (event) => {
		const { db, place, cycle, conversation } = await openConversationOf(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.answer', { placeId: place.id });
		const parsed = await parseForm(event, answerForm);
		if (!parsed.ok) return failForm(400, { answer: parsed.errors.answer ?? parsed.errors.statementId }, { values: parsed.values, form: 'answer' });
		if (!canAnswerConversation(cycle, conversation)) return failForm(409, { answer: 'conversation_not_open' }, { values: parsed.values, form: 'answer' });
		const result = await answerStatement({ db, now: new Date() }, conversation, { userId: actor.userId, ...parsed.data });
		if (!result.ok) return failForm(400, { answer: result.error }, { values: parsed.values, form: 'answer' });
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/conversation#statement`));
	},
	suggest: async (event) => {
		const { db, place, cycle, conversation } = await openConversationOf(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.suggest', { placeId: place.id });
		const parsed = await parseForm(event, statementForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'suggest' });
		if (!canAnswerConversation(cycle, conversation)) return failForm(409, { body: 'conversation_not_open' }, { values: parsed.values, form: 'suggest' });
		await suggestStatement({ db, now: new Date() }, actor, conversation, parsed.data.body);
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/conversation?suggested=1#suggest`));
	}
} satisfies Actions;
