/**
 * Streams a .pb file from disk line by line, so a 130,000-voter file never has to exist twice in
 * memory as one string plus its split lines. Node only (CLI, bench, tests).
 *
 * The bytes must be UTF-8: decoding another encoding as UTF-8 would quietly turn ids such as
 * "Łąka" in Windows-1250 into U+FFFD, so a file that is not is refused with its line.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Election } from '../election';
import { PabulibError } from './errors';
import { PabulibParser } from './parser';

const NEWLINE = 0x0a;

/** Reads and parses a .pb file. Errors are `PabulibError`s naming the line. */
export async function readPabulibFile(path: string): Promise<Election> {
	const parser = new PabulibParser();
	const stream = createReadStream(path, { highWaterMark: 1 << 20 });
	let line = 1;
	// Whole lines only are decoded (a newline byte never sits inside a UTF-8 character).
	const feed = (bytes: Buffer) => {
		if (!isUtf8(bytes)) throw notUtf8(bytes, line);
		const text = bytes.toString('utf8');
		let start = 0;
		for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
			parser.pushSpan(text, start, end, line++);
			start = end + 1;
		}
		if (start < text.length) parser.pushLine(text.slice(start), line);
	};
	let carry: Buffer = Buffer.alloc(0);
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
		const cut = bytes.lastIndexOf(NEWLINE) + 1;
		feed(bytes.subarray(0, cut));
		carry = bytes.subarray(cut);
	}
	if (carry.length > 0) feed(carry);
	return parser.finish();
}

/** The error for the first line of `bytes` (which starts at line `first`) that is not UTF-8. */
function notUtf8(bytes: Buffer, first: number): PabulibError {
	let line = first;
	for (let start = 0; start < bytes.length; line++) {
		const end = bytes.indexOf(NEWLINE, start);
		const stop = end < 0 ? bytes.length : end;
		if (!isUtf8(bytes.subarray(start, stop))) break;
		start = stop + 1;
	}
	return new PabulibError('not_utf8', line, 'the file is not UTF-8 text; save it as UTF-8 and try again');
}
