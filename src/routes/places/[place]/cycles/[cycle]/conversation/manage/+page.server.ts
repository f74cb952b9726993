import { redirect, type RequestEvent } from '@sveltejs/kit';
import { canOpenConversation } from '$lib/conversation/conversation-gate';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { changeConversation } from '$lib/server/conversations/change-conversation';
import { findConversation, findStoredGrouping, listStatementsForTeam } from '$lib/server/conversations/conversations.queries';
import { canOnConversation } from '$lib/server/conversations/conversations.permissions';
import { hideStatement, publishStatement } from '$lib/server/conversations/moderate-statement';
import { openConversation } from '$lib/server/conversations/open-conversation';
import { regroupNow } from '$lib/server/conversations/regroup-conversation';
import { writeTeamStatement } from '$lib/server/conversations/write-statement';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { getMailer } from '$lib/server/platform/services';
import { ballotNoteForm, hideStatementForm, openConversationForm, statementForm, statementRefForm } from '$lib/validation/conversations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnConversation, 'conversation.view_team', { placeId: place.id }, '/staff/sign-in');
	const can = { run: canOnConversation(locals.actor, 'conversation.run', { placeId: place.id }), moderate: canOnConversation(locals.actor, 'conversation.moderate', { placeId: place.id }) };
	const conversation = await findConversation(db, cycle);
	if (!conversation) return { place, cycle, can, conversation: null, canOpen: canOpenConversation(cycle, new Date()) };
	const [statements, stored] = await Promise.all([listStatementsForTeam(db, conversation), findStoredGrouping(db, conversation)]);
	return {
		place,
		cycle,
		can,
		conversation: { topic: conversation.topic, status: conversation.status, ballotNote: conversation.ballotNote },
		canOpen: false,
		waiting: statements.filter((s) => !s.publishedAt && !s.hiddenAt).map(({ id, body }) => ({ id, body })),
		shown: statements.filter((s) => s.publishedAt && !s.hiddenAt).map(({ id, body, writtenBy }) => ({ id, body, writtenBy })),
		hidden: statements.filter((s) => s.hiddenAt).map(({ id, body, hiddenReason }) => ({ id, body, reason: hiddenReason ?? '' })),
		grouping: stored ? { computedAt: stored.computedAt.toISOString(), participants: stored.grouping.participants, groups: stored.grouping.groupSizes.length } : null
	};
};

type Event = RequestEvent<{ place: string; cycle: string }>;

/** The place, cycle and conversation behind a team action (each action authorises its actor itself). */
async function teamAction(event: Event) {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, event.params);
	const conversation = await findConversation(db, cycle);
	return { db, place, cycle, conversation, now: new Date() };
}

const back = (place: { slug: string }, cycle: { slug: string }, done: string) =>
	redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/conversation/manage?done=${done}`));

export const actions = {
	open: async (event) => {
		const { db, cycle, place, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.run', { placeId: place.id });
		const parsed = await parseForm(event, openConversationForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'open' });
		const result = await openConversation({ db, now }, actor, { cycle, topic: parsed.data.topic });
		if (!result.ok) return failForm(409, { topic: result.error }, { values: parsed.values, form: 'open' });
		back(place, cycle, 'opened');
	},
	write: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.run', { placeId: place.id });
		const parsed = await parseForm(event, statementForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'write', params: { max: 140 } });
		if (!conversation) return failForm(409, { body: 'conversation_not_open' }, { values: parsed.values, form: 'write' });
		await writeTeamStatement({ db, now }, actor, conversation, parsed.data.body);
		back(place, cycle, 'written');
	},
	publish: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.moderate', { placeId: place.id });
		const parsed = await parseForm(event, statementRefForm);
		const result = parsed.ok && conversation ? await publishStatement({ db, now }, actor, conversation, parsed.data.statementId) : { ok: false as const };
		if (!result.ok) return failForm(400, { statement: 'statement_unknown' }, { form: 'moderate' });
		back(place, cycle, 'published');
	},
	hide: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.moderate', { placeId: place.id });
		const parsed = await parseForm(event, hideStatementForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: `hide-${parsed.values.statementId ?? ''}` });
		const result = conversation ? await hideStatement({ db, now, mailer: await getMailer() }, actor, conversation, { ...parsed.data, locale: getLocale() }) : { ok: false as const };
		if (!result.ok) return failForm(400, { statement: 'statement_unknown' }, { form: 'moderate' });
		back(place, cycle, 'hidden');
	},
	close: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.run', { placeId: place.id });
		if (conversation) await changeConversation({ db, now }, actor, conversation, { status: 'closed' });
		back(place, cycle, 'closed');
	},
	reopen: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.run', { placeId: place.id });
		if (conversation) await changeConversation({ db, now }, actor, conversation, { status: 'open' });
		back(place, cycle, 'reopened');
	},
	regroup: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.run', { placeId: place.id });
		if (conversation) await regroupNow({ db, now }, actor, conversation);
		back(place, cycle, 'regrouped');
	},
	note: async (event) => {
		const { db, cycle, place, conversation, now } = await teamAction(event);
		const actor = authorize(event.locals.actor, canOnConversation, 'conversation.run', { placeId: place.id });
		const parsed = await parseForm(event, ballotNoteForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'note', params: { max: 400 } });
		if (conversation) await changeConversation({ db, now }, actor, conversation, { ballotNote: parsed.data.ballotNote || null });
		back(place, cycle, 'noted');
	}
} satisfies Actions;
