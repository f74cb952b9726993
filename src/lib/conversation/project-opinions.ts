import { countAnswered, NOT_SEEN, type OpinionMatrix } from './opinion-matrix';

/**
 * Places each participant on a plane by how they answered: the first two principal components of the
 * answer table (agree 1, disagree −1, pass 0), as Polis does. An unseen statement is filled with that
 * statement's mean answer, so it pulls nobody anywhere; a participant who saw few statements is then
 * pushed back out by √(statements / answered), or everyone who answered little would crowd the middle.
 *
 * The components come from power iteration on XᵀX (statements × statements, built once from the answers
 * people gave: unseen cells are 0 after centring), from a fixed start vector: the same answers always
 * give the same plane.
 */
export type Projection = {
	/** x, y per chosen participant: `points[2 * k]`, `points[2 * k + 1]`. */
	points: Float64Array;
	/** How much of the answers' spread each axis carries (eigenvalues of XᵀX / n). */
	spread: [number, number];
};

const ITERATIONS = 1_000;
const CONVERGED = 1e-12;

export function projectOpinions(matrix: OpinionMatrix, rows: readonly number[]): Projection {
	const s = matrix.statements;
	const n = rows.length;
	const centred = centreAnswers(matrix, rows);
	const scatter = scatterOf(centred, n, s);
	const first = principalAxis(scatter, s, null);
	const second = principalAxis(scatter, s, first.axis);
	const points = new Float64Array(2 * n);
	for (let k = 0; k < n; k++) {
		const answered = countAnswered(matrix, rows[k]);
		const stretch = answered > 0 ? Math.sqrt(s / answered) : 0;
		points[2 * k] = dotRow(centred, k, s, first.axis) * stretch;
		points[2 * k + 1] = dotRow(centred, k, s, second.axis) * stretch;
	}
	return { points, spread: [first.value / Math.max(n, 1), second.value / Math.max(n, 1)] };
}

/** The chosen rows, each answer minus its statement's mean (0 where unseen: the mean fills it). */
function centreAnswers(matrix: OpinionMatrix, rows: readonly number[]): Float64Array {
	const s = matrix.statements;
	const sums = new Float64Array(s);
	const counts = new Float64Array(s);
	for (const row of rows) {
		for (let j = 0; j < s; j++) {
			const answer = matrix.answers[row * s + j];
			if (answer === NOT_SEEN) continue;
			sums[j] += answer;
			counts[j]++;
		}
	}
	const centred = new Float64Array(rows.length * s);
	rows.forEach((row, k) => {
		for (let j = 0; j < s; j++) {
			const answer = matrix.answers[row * s + j];
			if (answer !== NOT_SEEN) centred[k * s + j] = answer - sums[j] / counts[j];
		}
	});
	return centred;
}

/** XᵀX, from each row's non-zero cells only (about the share of statements a person answered). */
function scatterOf(x: Float64Array, n: number, s: number): Float64Array {
	const scatter = new Float64Array(s * s);
	const cells = new Int32Array(s);
	for (let k = 0; k < n; k++) {
		const offset = k * s;
		let count = 0;
		for (let j = 0; j < s; j++) if (x[offset + j] !== 0) cells[count++] = j;
		for (let a = 0; a < count; a++) {
			const row = cells[a] * s;
			const value = x[offset + cells[a]];
			for (let b = a; b < count; b++) scatter[row + cells[b]] += value * x[offset + cells[b]];
		}
	}
	// Only the upper triangle was summed; mirror it.
	for (let a = 0; a < s; a++) for (let b = a + 1; b < s; b++) scatter[b * s + a] = scatter[a * s + b];
	return scatter;
}

function principalAxis(scatter: Float64Array, s: number, orthogonalTo: Float64Array | null): { axis: Float64Array; value: number } {
	let axis = new Float64Array(s);
	// A fixed, uneven start: an even one can sit exactly orthogonal to the answer of a symmetric table.
	for (let j = 0; j < s; j++) axis[j] = 1 + ((j * 7919) % 13) / 13;
	removeComponent(axis, orthogonalTo);
	normalise(axis);
	let value = 0;
	for (let step = 0; step < ITERATIONS; step++) {
		const next = new Float64Array(s);
		for (let a = 0; a < s; a++) next[a] = dotRow(scatter, a, s, axis);
		removeComponent(next, orthogonalTo);
		value = norm(next);
		if (value === 0) return { axis, value: 0 };
		for (let j = 0; j < s; j++) next[j] /= value;
		let change = 0;
		for (let j = 0; j < s; j++) change += (next[j] - axis[j]) ** 2;
		axis = next;
		if (change < CONVERGED) break;
	}
	return { axis, value };
}

function dotRow(x: Float64Array, k: number, s: number, axis: Float64Array): number {
	let sum = 0;
	const offset = k * s;
	for (let j = 0; j < s; j++) sum += x[offset + j] * axis[j];
	return sum;
}

function removeComponent(vector: Float64Array, axis: Float64Array | null): void {
	if (!axis) return;
	let along = 0;
	for (let j = 0; j < vector.length; j++) along += vector[j] * axis[j];
	for (let j = 0; j < vector.length; j++) vector[j] -= along * axis[j];
}

function norm(vector: Float64Array): number {
	let sum = 0;
	for (const value of vector) sum += value * value;
	return Math.sqrt(sum);
}

function normalise(vector: Float64Array): void {
	const length = norm(vector);
	if (length > 0) for (let j = 0; j < vector.length; j++) vector[j] /= length;
}
