import type { ConversationResults, StatementShare } from '../../conversation/conversation-words';
import type { StoredGrouping } from './stored-grouping';

/**
 * The stored grouping as the public results draw it: sizes, unnamed points, and for each common-ground
 * and dividing statement its words and each group's agree share. Counts only; nobody's answers.
 */
const MAX_POINTS = 1500;

export function viewResults(stored: { grouping: StoredGrouping; computedAt: Date }, statements: { id: string; body: string }[]): ConversationResults {
	const { grouping } = stored;
	const words = new Map(statements.map((statement) => [statement.id, statement.body]));
	const standing = new Map(grouping.statements.map((statement) => [statement.id, statement]));
	const share = (id: string): StatementShare[] => {
		const found = standing.get(id);
		const body = words.get(id);
		if (!found || body === undefined) return [];
		const agreePercents = found.byGroup.map((counts) => (counts.seen > 0 ? Math.round((100 * counts.agree) / counts.seen) : null));
		return [{ id, body, agreePercents, seen: found.overall.seen }];
	};
	return {
		participants: grouping.participants,
		grouped: grouping.grouped,
		groupSizes: grouping.groupSizes,
		// The points are shuffled, so the first ones are a fair sample: enough for a picture, small on a phone.
		points: grouping.points.slice(0, MAX_POINTS),
		bridging: grouping.bridging.flatMap(share),
		dividing: grouping.dividing.flatMap(share),
		computedAt: stored.computedAt.toISOString()
	};
}
