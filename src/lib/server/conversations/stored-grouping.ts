import type { AnswerCounts } from '../../conversation/find-common-ground';
import type { OpinionGroups } from '../../conversation/group-opinions';
import { seededRandom } from '../../results/seeded-random';

/**
 * What is kept of a grouping: counts per statement and group, and unnamed points. Statements are
 * named by id (the engine numbers them by column); points are shuffled, so their order says nothing
 * about who is who.
 */
export type StoredGrouping = {
	participants: number;
	grouped: number;
	groupSizes: number[];
	points: { group: number; x: number; y: number }[];
	statements: { id: string; overall: AnswerCounts; byGroup: AnswerCounts[] }[];
	bridging: string[];
	dividing: string[];
};

export function storeGrouping(groups: OpinionGroups, statementIds: string[]): StoredGrouping {
	const points: StoredGrouping['points'] = [];
	groups.labels.forEach((group, row) => {
		if (group >= 0 && Number.isFinite(groups.points[2 * row])) points.push({ group, x: groups.points[2 * row], y: groups.points[2 * row + 1] });
	});
	const random = seededRandom(`points ${groups.grouped}`);
	for (let i = points.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[points[i], points[j]] = [points[j], points[i]];
	}
	return {
		participants: groups.grouped + groups.notGrouped,
		grouped: groups.grouped,
		groupSizes: groups.groupSizes,
		points: scaleToSquare(points),
		statements: groups.statements.map((standing) => ({ id: statementIds[standing.statement], overall: standing.overall, byGroup: standing.byGroup })),
		bridging: groups.bridging.map((index) => statementIds[index]),
		dividing: groups.dividing.map((index) => statementIds[index])
	};
}

/** Points scaled into 0…1 on both axes alike (so the picture keeps its shape), rounded: a picture needs no more. */
function scaleToSquare(points: StoredGrouping['points']): StoredGrouping['points'] {
	if (points.length === 0) return points;
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of points) [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x), Math.max(maxY, p.y)];
	const span = Math.max(maxX - minX, maxY - minY) || 1;
	const round = (value: number) => Math.round(value * 1000) / 1000;
	return points.map((p) => ({ group: p.group, x: round((p.x - minX) / span), y: round((p.y - minY) / span) }));
}
