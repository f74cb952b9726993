/**
 * Which lines of a text the parser may read the quick way: no quote in them, and not possibly
 * blank or a section name. Quotes are rare, so the next one's position is found once per text
 * and reused for every line before it.
 */
export class PlainLines {
	private text = '';
	private nextQuote = -1;

	/** True when `text[start, end)` holds no quote and is neither blank nor a section line. */
	isPlain(text: string, start: number, end: number): boolean {
		if (this.text !== text || (this.nextQuote >= 0 && this.nextQuote < start)) {
			this.text = text;
			this.nextQuote = text.indexOf('"', start);
		}
		if (this.nextQuote >= 0 && this.nextQuote < end) return false;
		// A section line is at most 16 characters and starts with a space or M, P or V; a blank
		// line that short starts with a space too. Longer blank lines are caught after splitting.
		if (end - start > 16) return true;
		const first = text.charCodeAt(start);
		const lower = first | 0x20;
		return first > 32 && first < 127 && lower !== 0x6d && lower !== 0x70 && lower !== 0x76;
	}
}
