import { describe, expect, it } from 'vitest';
import { groupOpinions } from './group-opinions';
import { AGREE, createOpinionMatrix, DISAGREE, PASS, setAnswer } from './opinion-matrix';
import { plantCommonGround, plantOpinions } from './testing/plant-opinions';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Share of participants whose found group is the one most of their planted group was put in. */
function purity(found: Int32Array, planted: Int32Array): number {
	const plantedGroups = Math.max(...planted) + 1;
	let agreeing = 0;
	for (let g = 0; g < plantedGroups; g++) {
		const members = [...planted.keys()].filter((p) => planted[p] === g);
		const counts = new Map<number, number>();
		for (const p of members) counts.set(found[p], (counts.get(found[p]) ?? 0) + 1);
		agreeing += Math.max(...counts.values());
	}
	return agreeing / planted.length;
}

describe('groupOpinions on planted conversations', () => {
	it('finds two planted groups, the statements both agree with and the ones that divide them', () => {
		const { matrix, groupOf } = plantCommonGround([60, 40], 10, 10, 0.6, 'two groups');
		const result = groupOpinions(matrix);
		expect(result.groups).toBe(2);
		expect(result.groupSizes.reduce((a, b) => a + b)).toBe(100);
		expect(purity(result.labels, groupOf)).toBeGreaterThanOrEqual(0.95);
		// Common ground is planted in statements 0–9; each group's own statements are 10–19 and 20–29.
		expect(result.bridging.every((s) => s < 10)).toBe(true);
		expect(result.bridging.length).toBeGreaterThanOrEqual(8);
		expect(result.dividing.every((s) => s >= 10)).toBe(true);
		expect(result.dividing.length).toBeGreaterThanOrEqual(16);
		expect(result.silhouette).toBeGreaterThan(0.5);
	});

	it('finds three planted groups of different sizes', () => {
		const { matrix, groupOf } = plantCommonGround([50, 40, 30], 8, 8, 0.6, 'three groups');
		const result = groupOpinions(matrix);
		expect(result.groups).toBe(3);
		expect(purity(result.labels, groupOf)).toBeGreaterThanOrEqual(0.95);
		expect(new Set(result.bridging.filter((s) => s >= 8))).toEqual(new Set());
		expect(result.bridging.length).toBeGreaterThanOrEqual(6);
	});

	it('does not call common ground what only the larger group agrees with, however large the overall majority', () => {
		// Statement 0: the 90 agree, the 10 do not, so ~82% of everyone agrees. Statements 1–12 set the groups apart.
		const chances = [
			[0.97, ...Array<number>(6).fill(0.9), ...Array<number>(6).fill(0.1), 0.9],
			[0.03, ...Array<number>(6).fill(0.1), ...Array<number>(6).fill(0.9), 0.9]
		];
		const { matrix } = plantOpinions([90, 10], chances, 1, 'big and small');
		const result = groupOpinions(matrix);
		const first = result.statements[0];
		expect(first.overall.agree / first.overall.seen).toBeGreaterThan(0.75);
		expect(result.groups).toBe(2);
		expect(result.bridging).not.toContain(0);
		expect(result.dividing).toContain(0);
		expect(result.bridging).toContain(13);
	});

	it('gives the same groups and lists every time it runs on the same answers', () => {
		const { matrix } = plantCommonGround([30, 30, 30], 5, 5, 0.5, 'repeat');
		const first = groupOpinions(matrix);
		const second = groupOpinions(matrix);
		expect([...second.labels]).toEqual([...first.labels]);
		expect(second.bridging).toEqual(first.bridging);
		expect(second.dividing).toEqual(first.dividing);
	});

	it('groups only those who answered enough, but counts everyone’s answers', () => {
		const { matrix } = plantCommonGround([20, 20], 4, 4, 1, 'few answers');
		const quiet = createOpinionMatrix(matrix.participants + 2, matrix.statements);
		quiet.answers.set(matrix.answers);
		setAnswer(quiet, 40, 0, AGREE);
		setAnswer(quiet, 41, 0, DISAGREE);
		setAnswer(quiet, 41, 1, PASS);
		const result = groupOpinions(quiet);
		expect(result.grouped).toBe(40);
		expect(result.notGrouped).toBe(2);
		expect(result.labels[40]).toBe(-1);
		expect(Number.isNaN(result.points[80])).toBe(true);
		expect(result.statements[0].overall.seen).toBe(42);
		expect(result.statements[1].overall.pass).toBe(countPasses(matrix.answers, 1, matrix.statements) + 1);
	});

	it('makes no groups from nothing, and one group from fewer than four people', () => {
		expect(groupOpinions(createOpinionMatrix(0, 5))).toMatchObject({ groups: 0, grouped: 0, bridging: [], dividing: [] });
		const three = createOpinionMatrix(3, 2);
		for (const p of range(0, 3)) setAnswer(three, p, 0, AGREE);
		setAnswer(three, 0, 1, DISAGREE);
		setAnswer(three, 1, 1, DISAGREE);
		setAnswer(three, 2, 1, AGREE);
		const result = groupOpinions(three);
		expect(result).toMatchObject({ groups: 1, grouped: 3, silhouette: null, bridging: [0], dividing: [] });
	});
});

function countPasses(answers: Int8Array, statement: number, statements: number): number {
	let passes = 0;
	for (let i = statement; i < answers.length; i += statements) if (answers[i] === PASS) passes++;
	return passes;
}
