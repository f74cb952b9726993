/**
 * The voter ids seen so far, to refuse a voter who votes twice. Most files number their voters
 * 1, 2, 3 …: an id that is a plain whole number above every number seen so far is new without
 * a hash lookup, and is kept in a sorted list instead of a Set of 100,000+ strings (the Set was
 * the costliest line of reading a large file). Other ids go to a Set. A plain whole number
 * ("12", never "012" or "+12") equals no other spelling, so the two kinds never collide.
 */
export class VoterIds {
	private ascending: number[] = [];
	private otherNumbers = new Set<number>();
	private otherIds = new Set<string>();

	/** Adds the id; false when it was already there. */
	add(id: string): boolean {
		const value = readPlainWholeNumber(id);
		if (value < 0) return this.addTo(this.otherIds, id);
		const count = this.ascending.length;
		if (count === 0 || value > this.ascending[count - 1]) {
			this.ascending.push(value);
			return true;
		}
		return !includesSorted(this.ascending, value) && this.addTo(this.otherNumbers, value);
	}

	private addTo<T>(set: Set<T>, key: T): boolean {
		const size = set.size;
		return set.add(key).size > size;
	}
}

/** The value of a whole number written without sign or leading zero (at most 15 digits), else -1. */
function readPlainWholeNumber(id: string): number {
	const length = id.length;
	if (length === 0 || length > 15 || (id.charCodeAt(0) === 48 && length > 1)) return -1;
	let value = 0;
	for (let i = 0; i < length; i++) {
		const digit = id.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

function includesSorted(sorted: number[], value: number): boolean {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle] === value) return true;
		if (sorted[middle] < value) low = middle + 1;
		else high = middle - 1;
	}
	return false;
}
