import { AGREE, createOpinionMatrix, DISAGREE, PASS, setAnswer } from '../../conversation/opinion-matrix';
import type { AnswerWord } from '../../conversation/conversation-words';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { findStoredGrouping, listAnswersToGroup, listShownStatements, readAnswerState, type ConversationRef } from './conversations.queries';
import { conversationGroupings } from './conversations.table';
import { groupInWorker, type Grouper } from './group-in-worker';
import { storeGrouping } from './stored-grouping';

const VALUE: Record<AnswerWord, typeof AGREE | typeof DISAGREE | typeof PASS> = { agree: AGREE, disagree: DISAGREE, pass: PASS };

type Deps = { db: Database; now: Date; group?: Grouper };

/** Groups the answers as they stand (in a worker) and stores the grouping the results page reads. */
export async function computeGrouping({ db, now, group = groupInWorker }: Deps, conversation: ConversationRef) {
	const state = await readAnswerState(db, conversation);
	const statements = await listShownStatements(db, conversation);
	const answers = await listAnswersToGroup(db, conversation);
	const column = new Map(statements.map((statement, index) => [statement.id, index]));
	const rows = new Map<string, number>();
	for (const answer of answers) if (!rows.has(answer.userId)) rows.set(answer.userId, rows.size);
	const matrix = createOpinionMatrix(rows.size, statements.length);
	for (const answer of answers) setAnswer(matrix, rows.get(answer.userId)!, column.get(answer.statementId)!, VALUE[answer.answer]);
	const grouping = storeGrouping(await group(matrix), statements.map((statement) => statement.id));
	return { conversationId: conversation.id, placeId: conversation.placeId, answersSeen: state.answers, answersChangedAt: state.changedAt, grouping, computedAt: now };
}

type Grouping = Awaited<ReturnType<typeof computeGrouping>>;

async function saveGrouping(db: Database, grouping: Grouping): Promise<Grouping> {
	const { conversationId: _conversationId, ...row } = grouping;
	await db.insert(conversationGroupings).values(grouping).onConflictDoUpdate({ target: conversationGroupings.conversationId, set: row });
	return grouping;
}

/**
 * The stored grouping, computed again first when answers changed since it was made (or none is
 * stored yet and someone has answered). What a page calls; the team can also ask (`regroupNow`).
 */
export async function freshGrouping(deps: Deps, conversation: ConversationRef) {
	const [stored, state] = await Promise.all([findStoredGrouping(deps.db, conversation), readAnswerState(deps.db, conversation)]);
	const stale = !stored || stored.answersSeen !== state.answers || stored.answersChangedAt?.getTime() !== state.changedAt?.getTime();
	if (!stale) return stored;
	if (!stored && state.answers === 0) return null;
	// Many people opening the results at once after a change start one grouping, not one each.
	let running = inFlight.get(conversation.id);
	if (!running) {
		running = computeGrouping(deps, conversation).then((grouping) => saveGrouping(deps.db, grouping));
		inFlight.set(conversation.id, running);
		void running.finally(() => inFlight.delete(conversation.id)).catch(() => {});
	}
	return running;
}

const inFlight = new Map<string, Promise<Grouping>>();

/** The team asks for the groups now; on the audit record like every staff action. */
export async function regroupNow(deps: Deps, actor: Person, conversation: ConversationRef): Promise<void> {
	const stored = await computeGrouping(deps, conversation);
	await deps.db.transaction(async (tx) => {
		await saveGrouping(tx, stored);
		await recordAuditEvent(tx, {
			placeId: conversation.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'conversation.regrouped',
			subjectType: 'conversation',
			subjectId: conversation.id,
			details: { participants: stored.grouping.participants, groups: stored.grouping.groupSizes.length },
			occurredAt: deps.now
		});
	});
}
