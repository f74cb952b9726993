import { clusterPoints } from './cluster-points';
import { findBridging, findDividing, standStatements, type StatementStanding } from './find-common-ground';
import { countAnswered, type OpinionMatrix } from './opinion-matrix';
import { projectOpinions } from './project-opinions';

/**
 * Finds groups of residents who answered alike, and the statements every group agrees with — the
 * method Polis uses, small enough to read:
 *   1. only participants who answered at least `minAnswered` statements are grouped (a couple of
 *      answers says too little about anyone); everyone's answers still count in the totals;
 *   2. each is placed on a plane by the first two principal components of the answers
 *      (`projectOpinions`);
 *   3. k-means for k = 2 … `maxGroups`, keeping the k with the best silhouette (`clusterPoints`);
 *   4. each statement's answers are counted per group: common ground is what more than half of every
 *      group agreed with, dividing statements are those whose groups' agree shares differ most.
 * The answer depends only on the table: the same answers in the same order give the same groups.
 * Callers order participants by something stable (their id). Nobody's own answers leave this function
 * except as counts and as an unnamed point on the plane.
 */
export type OpinionGroups = {
	/** How many participants were grouped, and how many answered too little to be. */
	grouped: number;
	notGrouped: number;
	/** Number of groups (0 when too few people answered enough to group anyone, 1 when under four did). */
	groups: number;
	groupSizes: number[];
	/** Mean silhouette of the grouping (1 = far apart, 0 = groups that touch); null without two groups. */
	silhouette: number | null;
	/** Each participant's group, −1 if not grouped. */
	labels: Int32Array;
	/** Each participant's place on the plane (NaN if not grouped), for a picture of the groups. */
	points: Float64Array;
	statements: StatementStanding[];
	bridging: number[];
	dividing: number[];
};

export type GroupingOptions = { minAnswered?: number; maxGroups?: number; seed?: string };

/** Polis groups people who answered at least seven statements (or all of them, where there are fewer). */
const MIN_ANSWERED = 7;
const MAX_GROUPS = 5;

export function groupOpinions(matrix: OpinionMatrix, options: GroupingOptions = {}): OpinionGroups {
	const minAnswered = Math.min(options.minAnswered ?? MIN_ANSWERED, matrix.statements);
	const rows = [...Array(matrix.participants).keys()].filter((row) => matrix.statements > 0 && countAnswered(matrix, row) >= Math.max(minAnswered, 1));
	const labels = new Int32Array(matrix.participants).fill(-1);
	const points = new Float64Array(2 * matrix.participants).fill(NaN);
	let groups = rows.length > 0 ? 1 : 0;
	let silhouette: number | null = null;
	if (rows.length >= 4) {
		const projection = projectOpinions(matrix, rows);
		rows.forEach((row, k) => [points[2 * row], points[2 * row + 1]] = [projection.points[2 * k], projection.points[2 * k + 1]]);
		const clustering = clusterPoints(projection.points, 2, options.maxGroups ?? MAX_GROUPS, options.seed ?? 'placecraft-conversation');
		if (clustering) {
			rows.forEach((row, k) => (labels[row] = clustering.labels[k]));
			groups = clustering.k;
			silhouette = clustering.k > 1 ? clustering.silhouette : null;
		}
	} else {
		for (const row of rows) labels[row] = 0;
	}
	const groupSizes = new Array<number>(groups).fill(0);
	for (const label of labels) if (label >= 0) groupSizes[label]++;
	const statements = standStatements(matrix, labels, groups);
	const bridging = findBridging(statements);
	return {
		grouped: rows.length,
		notGrouped: matrix.participants - rows.length,
		groups,
		groupSizes,
		silhouette,
		labels,
		points,
		statements,
		bridging,
		dividing: findDividing(statements, bridging)
	};
}
