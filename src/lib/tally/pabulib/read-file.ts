/**
 * Streams a .pb file from disk line by line, so a 130,000-voter file never has to exist twice in
 * memory as one string plus its split lines. Node only (CLI, bench, tests).
 */
import { createReadStream } from 'node:fs';
import type { Election } from '../election';
import { PabulibParser } from './parser';

/** Reads and parses a .pb file. Errors are `PabulibError`s naming the line. */
export async function readPabulibFile(path: string): Promise<Election> {
	const parser = new PabulibParser();
	const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
	let rest = '';
	let line = 1;
	for await (const chunk of stream as AsyncIterable<string>) {
		const text = rest + chunk;
		let start = 0;
		for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
			parser.pushSpan(text, start, end, line++);
			start = end + 1;
		}
		rest = text.slice(start);
	}
	if (rest !== '') parser.pushLine(rest, line);
	return parser.finish();
}
