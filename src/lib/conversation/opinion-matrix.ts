/**
 * The answers of a conversation as one dense table: a row per participant, a column per statement.
 * Residents answer agree, disagree or pass; most never see most statements, so "not seen" is a value
 * of its own and is never read as a pass.
 */
export const AGREE = 1;
export const DISAGREE = -1;
export const PASS = 0;
export const NOT_SEEN = -128;

export type Answer = typeof AGREE | typeof DISAGREE | typeof PASS;

export type OpinionMatrix = {
	participants: number;
	statements: number;
	/** Row-major: `answers[participant * statements + statement]`, NOT_SEEN where unanswered. */
	answers: Int8Array;
};

/** An empty table of the given size: nobody has seen anything yet. */
export function createOpinionMatrix(participants: number, statements: number): OpinionMatrix {
	return { participants, statements, answers: new Int8Array(participants * statements).fill(NOT_SEEN) };
}

/** Records one answer (a later answer to the same statement replaces the earlier one, as on the page). */
export function setAnswer(matrix: OpinionMatrix, participant: number, statement: number, answer: Answer): void {
	matrix.answers[participant * matrix.statements + statement] = answer;
}

/** How many statements a participant answered (passes included). */
export function countAnswered(matrix: OpinionMatrix, participant: number): number {
	const row = participant * matrix.statements;
	let answered = 0;
	for (let statement = 0; statement < matrix.statements; statement++) if (matrix.answers[row + statement] !== NOT_SEEN) answered++;
	return answered;
}
