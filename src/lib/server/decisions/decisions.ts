import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { RESULT_CHANGE_KINDS, type ResultChangeKind } from '../../results/result-kinds';
import { decisionStatements, resultChanges } from './decisions.table';
import { results } from '../results/results.table';
import { isUuid } from '../../validation/fields';

type Deps = { db: Database; now: Date };
/** Which stored count the team is writing about: a pot of a cycle (null: the cycle's single vote). */
export type DecisionTarget = { place: { id: string; languages: string[] }; cycle: { id: string; placeId: string }; potId: string | null };
/** Refusals by form field, as codes the page turns into words (decision_error_… keys). */
export type DecisionResult<T> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

export const STATEMENT_MAX = 5000;
export const REASON_MAX = 2000;

export interface ResultChangeInput {
	kind: string;
	proposalId: string | null;
	toProposalId: string | null;
	amountMinor: number | null;
	reason: string;
}

/** What a statement must be, before the database is asked anything. */
export function checkStatement(input: { body: string; language: string }, languages: string[]): Record<string, string> {
	const errors: Record<string, string> = {};
	const body = input.body.trim();
	if (body === '') errors.body = 'decision_body_missing';
	else if (body.length > STATEMENT_MAX) errors.body = 'decision_body_too_long';
	if (!languages.includes(input.language)) errors.language = 'decision_language_invalid';
	return errors;
}

/**
 * What each kind of change needs, so the public line can say it plainly: a dropped project or a
 * changed cost names its proposal; money that moved says where to and how much (from a proposal,
 * or from the money left when none is given); a cost change gives the new cost. Amounts are whole
 * minor units, never negative.
 */
export function checkChange(input: ResultChangeInput): Record<string, string> {
	const errors: Record<string, string> = {};
	const kind = input.kind as ResultChangeKind;
	if (!RESULT_CHANGE_KINDS.includes(kind)) errors.kind = 'decision_kind_missing';
	if ((kind === 'project_dropped' || kind === 'cost_changed') && input.proposalId === null) errors.proposalId = 'decision_proposal_missing';
	if (input.proposalId !== null && !isUuid(input.proposalId)) errors.proposalId = 'decision_proposal_unknown';
	if (input.toProposalId !== null && !isUuid(input.toProposalId)) errors.toProposalId = 'decision_to_proposal_unknown';
	else if (kind === 'money_moved' && input.toProposalId === null) errors.toProposalId = 'decision_to_proposal_missing';
	else if (input.toProposalId !== null && kind !== 'money_moved' && kind !== 'project_dropped') errors.toProposalId = 'decision_to_proposal_not_allowed';
	else if (input.toProposalId !== null && input.toProposalId === input.proposalId) errors.toProposalId = 'decision_to_proposal_same';
	if (input.amountMinor !== null && !(Number.isSafeInteger(input.amountMinor) && input.amountMinor >= 0)) errors.amount = 'decision_amount_invalid';
	else if (input.amountMinor === null && (kind === 'money_moved' || kind === 'cost_changed' || (kind === 'project_dropped' && input.toProposalId !== null)))
		errors.amount = 'decision_amount_missing';
	const reason = input.reason.trim();
	if (reason === '') errors.reason = 'decision_reason_missing';
	else if (reason.length > REASON_MAX) errors.reason = 'decision_reason_too_long';
	return errors;
}

/**
 * The target's stored count, if it is counted: statements and changes are about a count that exists.
 * Its row is locked so two versions of a statement written at once get their numbers in turn.
 */
async function countedResult(tx: Database, target: DecisionTarget) {
	const { cycle, potId } = target;
	const [result] = await tx
		.select()
		.from(results)
		.where(and(eq(results.placeId, cycle.placeId), eq(results.cycleId, cycle.id), potId === null ? isNull(results.potId) : eq(results.potId, potId)))
		.for('update');
	if (!result) return { errors: { result: 'decision_result_unknown' } };
	if (result.state !== 'counted') return { errors: { result: 'decision_result_not_counted' } };
	return { result };
}

/**
 * Publishes the team's statement on a counted result. A new statement is a new version: earlier
 * ones stay and are shown dated beneath it, so nothing said about a result changes silently.
 */
export async function publishDecisionStatement(
	{ db, now }: Deps,
	actor: Person,
	target: DecisionTarget,
	input: { body: string; language: string }
): Promise<DecisionResult<{ statementId: string; version: number }>> {
	const errors = checkStatement(input, target.place.languages);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return db.transaction(async (tx) => {
		const found = await countedResult(tx, target);
		if (!found.result) return { ok: false, errors: found.errors };
		const result = found.result;
		const [row] = await tx
			.insert(decisionStatements)
			.values({ placeId: result.placeId, resultId: result.id, body: input.body.trim(), language: input.language, writtenByUserId: actor.userId, createdAt: now })
			.returning({ id: decisionStatements.id });
		const version = await tx.$count(decisionStatements, and(eq(decisionStatements.placeId, result.placeId), eq(decisionStatements.resultId, result.id)));
		await recordAuditEvent(tx, {
			placeId: result.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'results.decision_published',
			subjectType: 'decision_statement',
			subjectId: row.id,
			details: { cycleId: result.cycleId, potId: result.potId, resultId: result.id, language: input.language, version },
			occurredAt: now
		});
		return { ok: true, statementId: row.id, version };
	});
}

/**
 * Records a change after the vote with its reason. The stored count is never touched: the change
 * is added to the public record beside it. Proposals named must be this cycle's, in this place.
 */
export async function recordResultChange(
	{ db, now }: Deps,
	actor: Person,
	target: DecisionTarget,
	input: ResultChangeInput
): Promise<DecisionResult<{ changeId: string }>> {
	const errors = checkChange(input);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return db.transaction(async (tx) => {
		const found = await countedResult(tx, target);
		if (!found.result) return { ok: false, errors: found.errors };
		const result = found.result;
		const named = [input.proposalId, input.toProposalId].filter((id): id is string => id !== null);
		const known = named.length === 0 ? [] : await tx
			.select({ id: proposals.id })
			.from(proposals)
			.where(and(eq(proposals.placeId, result.placeId), eq(proposals.cycleId, result.cycleId), inArray(proposals.id, named)));
		const isKnown = (id: string | null) => id === null || known.some((p) => p.id === id);
		const refused: Record<string, string> = {};
		if (!isKnown(input.proposalId)) refused.proposalId = 'decision_proposal_unknown';
		if (!isKnown(input.toProposalId)) refused.toProposalId = 'decision_to_proposal_unknown';
		if (Object.keys(refused).length > 0) return { ok: false, errors: refused };
		const values = {
			kind: input.kind as ResultChangeKind,
			proposalId: input.proposalId,
			toProposalId: input.toProposalId,
			amountMinor: input.amountMinor,
			reason: input.reason.trim()
		};
		const [row] = await tx
			.insert(resultChanges)
			.values({ placeId: result.placeId, resultId: result.id, ...values, madeByUserId: actor.userId, createdAt: now })
			.returning({ id: resultChanges.id });
		await recordAuditEvent(tx, {
			placeId: result.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'results.change_recorded',
			subjectType: 'result_change',
			subjectId: row.id,
			details: { cycleId: result.cycleId, potId: result.potId, resultId: result.id, ...values },
			occurredAt: now
		});
		return { ok: true, changeId: row.id };
	});
}
