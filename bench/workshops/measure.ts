import type { PhoneStream } from './phones';

export interface Post {
	/** Idea posts: the number in the idea's text. Dot posts: the idea id and the how-many-th dot on it this is. */
	marker: number;
	ideaId?: string;
	respondedAt: number;
	ok: boolean;
}

/** What one board event (by its place in every stream's sequence) showed. */
export interface Shown {
	bytes: number;
	ideaMarkers: Set<number>;
	dots: Record<string, number>;
}

export function decodeBoards(texts: string[], dotsActivityId: string): Shown[] {
	return texts.map((text) => {
		const board = JSON.parse(text.slice(text.indexOf('data: ') + 6)) as { ideas: { body: string }[]; activities: { id: string; dots: Record<string, number> }[] };
		const ideaMarkers = new Set<number>();
		for (const idea of board.ideas) {
			const match = /^bench idea (\d+) end$/.exec(idea.body);
			if (match) ideaMarkers.add(Number(match[1]));
		}
		return { bytes: Buffer.byteLength(text), ideaMarkers, dots: board.activities.find((a) => a.id === dotsActivityId)?.dots ?? {} };
	});
}

export interface StepFigures {
	delays: number[];
	missing: number;
	misaligned: number;
}

/**
 * For every successful post and every stream, the delay from the post's response to the arrival of
 * the first board that shows it (0 when the board came first). Every stream of one process gets the
 * same sequence of boards, so each event is decoded once (from the reference stream) and the other
 * streams are only checked to have the same sizes in the same order.
 */
export function delaysOf(streams: PhoneStream[], shown: Shown[], posts: { ideas: Post[]; dots: Post[] }): StepFigures {
	const firstShowing = (test: (s: Shown) => boolean) => shown.findIndex(test);
	const wanted: { at: number; ordinal: number }[] = [];
	let missing = 0;
	for (const post of posts.ideas.filter((p) => p.ok)) {
		const ordinal = firstShowing((s) => s.ideaMarkers.has(post.marker));
		if (ordinal < 0) missing += streams.length;
		else wanted.push({ at: post.respondedAt, ordinal });
	}
	for (const post of posts.dots.filter((p) => p.ok)) {
		const ordinal = firstShowing((s) => (s.dots[post.ideaId!] ?? 0) >= post.marker);
		if (ordinal < 0) missing += streams.length;
		else wanted.push({ at: post.respondedAt, ordinal });
	}
	const delays: number[] = [];
	let misaligned = 0;
	for (const stream of streams) {
		const aligned = stream.arrivals.length <= shown.length && stream.arrivals.every((a, i) => a.bytes === shown[i].bytes);
		if (!aligned) {
			misaligned++;
			continue;
		}
		for (const { at, ordinal } of wanted) {
			const arrival = stream.arrivals[ordinal];
			if (arrival) delays.push(Math.max(0, arrival.at - at));
			else missing++;
		}
	}
	return { delays, missing, misaligned };
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
