/**
 * JSON with object keys sorted at every depth and no whitespace, so the same content always gives
 * the same text — and the same hash — whichever process wrote it and whatever order jsonb hands
 * the keys back in. Undefined object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value === null || typeof value !== 'object') return value;
	if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
	const sorted: Record<string, unknown> = {};
	for (const key of Object.keys(value).sort()) {
		const member = (value as Record<string, unknown>)[key];
		if (member !== undefined) sorted[key] = sortKeys(member);
	}
	return sorted;
}
