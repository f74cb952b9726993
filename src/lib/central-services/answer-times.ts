/**
 * How long a service took to answer: the time from a request being raised to its first answer.
 * Median and range only — never a score, and nothing about any place.
 */
export interface AnswerTimes {
	count: number;
	medianMs: number;
	fastestMs: number;
	slowestMs: number;
}

export function summariseAnswerTimes(durationsMs: readonly number[]): AnswerTimes | null {
	if (durationsMs.length === 0) return null;
	const sorted = [...durationsMs].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const medianMs = sorted.length % 2 === 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
	return { count: sorted.length, medianMs, fastestMs: sorted[0], slowestMs: sorted[sorted.length - 1] };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A duration as a whole number of hours (under two days) or days, rounded up so a quick answer is never "0". */
export function durationParts(ms: number): { unit: 'hours' | 'days'; count: number } {
	if (ms < 2 * DAY) return { unit: 'hours', count: Math.max(1, Math.ceil(ms / HOUR)) };
	return { unit: 'days', count: Math.round(ms / DAY) };
}
