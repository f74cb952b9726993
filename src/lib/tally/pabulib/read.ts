/**
 * Reading pabulib text that is already in memory (browser, worker, tests). The streaming file
 * reader for Node lives in `read-file.ts` so this module stays free of Node APIs.
 */
import type { Election } from '../election';
import { PabulibParser } from './parser';

/** Parses a whole .pb text (LF or CRLF). */
export function parsePabulib(text: string): Election {
	const parser = new PabulibParser();
	let start = 0;
	let line = 1;
	while (start <= text.length) {
		const end = text.indexOf('\n', start);
		const stop = end < 0 ? text.length : end;
		if (end >= 0 || stop > start) parser.pushSpan(text, start, stop, line);
		if (end < 0) break;
		start = end + 1;
		line++;
	}
	return parser.finish();
}
