import { conversationOr404 } from '$lib/server/conversations/conversation-or-404';
import { listHiddenStatements, listShownStatements } from '$lib/server/conversations/conversations.queries';
import { freshGrouping } from '$lib/server/conversations/regroup-conversation';
import { viewResults } from '$lib/server/conversations/results-view';
import { getDatabase } from '$lib/server/platform/db';
import type { PageServerLoad } from './$types';

/** Public: the groups and what they share, computed again first when answers changed since. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle, conversation } = await conversationOr404(db, params);
	const [stored, statements, hidden] = await Promise.all([freshGrouping({ db, now: new Date() }, conversation), listShownStatements(db, conversation), listHiddenStatements(db, conversation)]);
	return {
		place,
		cycle,
		conversation: { topic: conversation.topic, status: conversation.status, ballotNote: conversation.ballotNote },
		statements: statements.length,
		results: stored ? viewResults(stored, statements) : null,
		hidden: hidden.map((statement) => statement.reason ?? '')
	};
};
