import { AGREE, DISAGREE, NOT_SEEN, PASS, type OpinionMatrix } from './opinion-matrix';

export type AnswerCounts = { agree: number; disagree: number; pass: number; seen: number };

/** How one statement stood overall and in each group of participants. */
export type StatementStanding = {
	statement: number;
	overall: AnswerCounts;
	byGroup: AnswerCounts[];
	/**
	 * Group-informed consensus (Polis): the product over groups of (agree + 1) / (seen + 2). High only
	 * when every group agrees, however small: a big group cannot carry a statement on its own.
	 */
	consensus: number;
	/** The widest gap between two groups' (agree + 1) / (seen + 2): how much the statement divides. */
	divide: number;
};

/** A gap this wide between groups' agree shares marks a statement as dividing them. */
export const DIVIDING_GAP = 0.3;

export function standStatements(matrix: OpinionMatrix, labels: Int32Array, groups: number): StatementStanding[] {
	return Array.from({ length: matrix.statements }, (_, statement) => {
		const overall = emptyCounts();
		const byGroup = Array.from({ length: groups }, emptyCounts);
		for (let participant = 0; participant < matrix.participants; participant++) {
			const answer = matrix.answers[participant * matrix.statements + statement];
			if (answer === NOT_SEEN) continue;
			count(overall, answer);
			if (labels[participant] >= 0) count(byGroup[labels[participant]], answer);
		}
		const shares = byGroup.map(agreeShare);
		const consensus = shares.reduce((product, share) => product * share, 1);
		const divide = shares.length > 1 ? Math.max(...shares) - Math.min(...shares) : 0;
		return { statement, overall, byGroup, consensus, divide };
	});
}

/**
 * Common ground: statements that more than half of those who saw them agreed with in every group
 * ((agree + 1) / (seen + 2) > ½ is exactly agree > seen / 2), strongest consensus first.
 */
export function findBridging(standings: StatementStanding[]): number[] {
	return standings
		.filter((standing) => standing.byGroup.length > 0 && standing.byGroup.every((counts) => counts.agree > counts.seen / 2))
		.sort((a, b) => b.consensus - a.consensus || a.statement - b.statement)
		.map((standing) => standing.statement);
}

/** Statements the groups answer most differently, widest gap first; never one that is common ground. */
export function findDividing(standings: StatementStanding[], bridging: readonly number[]): number[] {
	const common = new Set(bridging);
	return standings
		.filter((standing) => standing.divide >= DIVIDING_GAP && !common.has(standing.statement))
		.sort((a, b) => b.divide - a.divide || a.statement - b.statement)
		.map((standing) => standing.statement);
}

function agreeShare(counts: AnswerCounts): number {
	return (counts.agree + 1) / (counts.seen + 2);
}

function emptyCounts(): AnswerCounts {
	return { agree: 0, disagree: 0, pass: 0, seen: 0 };
}

function count(counts: AnswerCounts, answer: number): void {
	counts.seen++;
	if (answer === AGREE) counts.agree++;
	else if (answer === DISAGREE) counts.disagree++;
	else if (answer === PASS) counts.pass++;
}
