/**
 * Ranking by tapping (with JavaScript): tap proposals in the order you want them. Tapping a ranked
 * one takes it off and closes the gap, so the ranks are always 1, 2, 3 … with none missing — the
 * ballot the server accepts. The no-JavaScript ballot sends the same `rank.<id>` numbers from selects.
 */
export type Ranks = Record<string, number>;

/** The ranked proposals, first choice first. */
export function rankOrder(ranks: Ranks): string[] {
	return Object.entries(ranks)
		.sort(([, a], [, b]) => a - b)
		.map(([id]) => id);
}

const numbered = (order: string[]): Ranks => Object.fromEntries(order.map((id, index) => [id, index + 1]));

/** The ranks after one tap: an unranked proposal goes last (while there is room), a ranked one comes off. */
export function tapRank(ranks: Ranks, id: string, top: number): Ranks {
	const order = rankOrder(ranks);
	if (order.includes(id)) return numbered(order.filter((other) => other !== id));
	if (order.length >= top) return numbered(order);
	return numbered([...order, id]);
}
