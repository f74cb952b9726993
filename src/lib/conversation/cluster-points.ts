import { seededRandom } from '../results/seeded-random';

/**
 * Groups points on a plane with k-means for each k in a range and keeps the k whose grouping has the
 * best mean silhouette (how much closer each point is to its own group than to the next one: 1 is
 * perfectly apart, 0 is on the border). Seeded k-means++ starts and a fixed number of restarts make the
 * answer the same on every run for the same points.
 */
export type Clustering = {
	k: number;
	/** The group of each point, 0 … k−1; groups numbered by size, largest first. */
	labels: Int32Array;
	silhouette: number;
};

const RESTARTS = 6;
const MAX_STEPS = 100;
/** Silhouette is quadratic in the points; past this many it is estimated from a seeded sample of them. */
const SILHOUETTE_SAMPLE = 2_000;

export function clusterPoints(points: Float64Array, minK: number, maxK: number, seed: string): Clustering | null {
	const n = points.length / 2;
	let best: Clustering | null = null;
	for (let k = minK; k <= Math.min(maxK, n - 1); k++) {
		const labels = bestOfRestarts(points, k, `${seed}:${k}`);
		const silhouette = meanSilhouette(points, labels, k, `${seed}:silhouette`);
		// Strictly better only: on a tie the smaller k stands (fewer groups are easier to read).
		if (!best || silhouette > best.silhouette) best = { k, labels, silhouette };
	}
	return best && { ...numberBySize(best.labels, best.k), silhouette: best.silhouette };
}

function bestOfRestarts(points: Float64Array, k: number, seed: string): Int32Array {
	const random = seededRandom(seed);
	let best: { labels: Int32Array; inertia: number } | null = null;
	for (let restart = 0; restart < RESTARTS; restart++) {
		const run = runKMeans(points, startCentres(points, k, random), k);
		if (!best || run.inertia < best.inertia) best = run;
	}
	return best!.labels;
}

/** k-means++: each next centre is a point drawn with probability proportional to its squared distance. */
function startCentres(points: Float64Array, k: number, random: () => number): Float64Array {
	const n = points.length / 2;
	const centres = new Float64Array(2 * k);
	const first = Math.floor(random() * n);
	centres[0] = points[2 * first];
	centres[1] = points[2 * first + 1];
	const nearest = new Float64Array(n).fill(Infinity);
	for (let c = 1; c < k; c++) {
		let total = 0;
		for (let i = 0; i < n; i++) {
			nearest[i] = Math.min(nearest[i], squaredDistance(points, i, centres, c - 1));
			total += nearest[i];
		}
		let pick = random() * total;
		let chosen = n - 1;
		for (let i = 0; i < n; i++) {
			pick -= nearest[i];
			if (pick < 0) {
				chosen = i;
				break;
			}
		}
		centres[2 * c] = points[2 * chosen];
		centres[2 * c + 1] = points[2 * chosen + 1];
	}
	return centres;
}

function runKMeans(points: Float64Array, centres: Float64Array, k: number): { labels: Int32Array; inertia: number } {
	const n = points.length / 2;
	const labels = new Int32Array(n).fill(-1);
	let inertia = 0;
	for (let step = 0; step < MAX_STEPS; step++) {
		let moved = false;
		inertia = 0;
		for (let i = 0; i < n; i++) {
			let label = 0;
			let distance = Infinity;
			for (let c = 0; c < k; c++) {
				const d = squaredDistance(points, i, centres, c);
				if (d < distance) {
					label = c;
					distance = d;
				}
			}
			inertia += distance;
			if (labels[i] !== label) {
				labels[i] = label;
				moved = true;
			}
		}
		if (!moved) break;
		const sums = new Float64Array(2 * k);
		const sizes = new Float64Array(k);
		for (let i = 0; i < n; i++) {
			sums[2 * labels[i]] += points[2 * i];
			sums[2 * labels[i] + 1] += points[2 * i + 1];
			sizes[labels[i]]++;
		}
		// An emptied group keeps its old centre rather than becoming NaN.
		for (let c = 0; c < k; c++) {
			if (sizes[c] === 0) continue;
			centres[2 * c] = sums[2 * c] / sizes[c];
			centres[2 * c + 1] = sums[2 * c + 1] / sizes[c];
		}
	}
	return { labels, inertia };
}

function meanSilhouette(points: Float64Array, labels: Int32Array, k: number, seed: string): number {
	const n = points.length / 2;
	const sizes = new Float64Array(k);
	for (let i = 0; i < n; i++) sizes[labels[i]]++;
	const sample = n <= SILHOUETTE_SAMPLE ? [...Array(n).keys()] : sampleIndices(n, SILHOUETTE_SAMPLE, seededRandom(seed));
	let total = 0;
	const distanceTo = new Float64Array(k);
	for (const i of sample) {
		distanceTo.fill(0);
		const x = points[2 * i];
		const y = points[2 * i + 1];
		// Its own distance (0) adds nothing, so no need to skip it.
		for (let j = 0; j < n; j++) {
			const dx = points[2 * j] - x;
			const dy = points[2 * j + 1] - y;
			distanceTo[labels[j]] += Math.sqrt(dx * dx + dy * dy);
		}
		const own = labels[i];
		// A point alone in its group has silhouette 0 by convention.
		if (sizes[own] <= 1) continue;
		const a = distanceTo[own] / (sizes[own] - 1);
		let b = Infinity;
		for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, distanceTo[c] / sizes[c]);
		const spread = Math.max(a, b);
		if (Number.isFinite(b) && spread > 0) total += (b - a) / spread;
	}
	return total / sample.length;
}

function sampleIndices(n: number, size: number, random: () => number): number[] {
	const indices = [...Array(n).keys()];
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(random() * (n - i));
		[indices[i], indices[j]] = [indices[j], indices[i]];
	}
	return indices.slice(0, size);
}

/** Renumbers groups largest first (ties by first member), so labels do not depend on the starts drawn. */
function numberBySize(labels: Int32Array, k: number): { k: number; labels: Int32Array } {
	const sizes = new Array<number>(k).fill(0);
	const first = new Array<number>(k).fill(Infinity);
	labels.forEach((label, i) => {
		sizes[label]++;
		first[label] = Math.min(first[label], i);
	});
	const order = [...Array(k).keys()].filter((c) => sizes[c] > 0).sort((a, b) => sizes[b] - sizes[a] || first[a] - first[b]);
	const renamed = new Int32Array(k);
	order.forEach((c, index) => (renamed[c] = index));
	return { k: order.length, labels: labels.map((label) => renamed[label]) };
}

function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number): number {
	const dx = a[2 * i] - b[2 * j];
	const dy = a[2 * i + 1] - b[2 * j + 1];
	return dx * dx + dy * dy;
}
