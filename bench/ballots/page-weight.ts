import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session-cookie';
import type { BenchVoter } from './seed-open-vote';

export interface Weight {
	files: number;
	raw: number;
	gzip: number;
	brotli: number;
}

export interface PageWeight {
	html: Weight;
	css: Weight;
	js: Weight;
}

/**
 * Compressed as adapter-node's build compresses every static file (gzip level 9, brotli at maximum
 * quality), which is what it serves to browsers. The HTML is rendered per request and node sends it
 * uncompressed; its figures assume a proxy in front compresses it the same way.
 */
function weigh(bodies: Buffer[]): Weight {
	const weight: Weight = { files: bodies.length, raw: 0, gzip: 0, brotli: 0 };
	for (const body of bodies) {
		weight.raw += body.length;
		weight.gzip += gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
		weight.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
	}
	return weight;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`). */
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]);

/**
 * What the vote page costs a signed-in resident on a first visit: the HTML, its stylesheets, and
 * every script it loads at start (script src, modulepreload links — in the page or its Link header —
 * and the imports of the inline bootstrap, followed through their static imports).
 */
export async function weighVotePage(origin: string, votePath: string, voter: BenchVoter): Promise<PageWeight & { scripts: { path: string; gzip: number }[] }> {
	const pageUrl = new URL(votePath, origin);
	const response = await fetch(pageUrl, { headers: { cookie: `${SESSION_COOKIE}=${voter.token}` } });
	if (!response.ok) throw new Error(`vote page answered ${response.status}`);
	const html = Buffer.from(await response.arrayBuffer());
	const text = html.toString('utf8');
	const scriptUrls = new Set<string>();
	const styles = new Set<string>();
	for (const [tag] of text.matchAll(/<(?:script|link)\b[^>]*>/g)) {
		const rel = attribute(tag, 'rel');
		const href = attribute(tag, 'href');
		const src = attribute(tag, 'src');
		if (src) scriptUrls.add(new URL(src, pageUrl).href);
		if (href && rel === 'modulepreload') scriptUrls.add(new URL(href, pageUrl).href);
		if (href && rel === 'stylesheet') styles.add(new URL(href, pageUrl).href);
	}
	// SvelteKit sends its preloads in a Link header (adapter-node), not as <link> tags in the page.
	for (const [, href, params] of (response.headers.get('link') ?? '').matchAll(/<([^>]+)>;([^,]*)/g)) {
		if (/rel="?modulepreload"?/.test(params)) scriptUrls.add(new URL(href, pageUrl).href);
		if (/rel="?preload"?/.test(params) && /as="?style"?/.test(params)) styles.add(new URL(href, pageUrl).href);
	}
	for (const [, inline] of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const [, path] of inline.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) scriptUrls.add(new URL(path, pageUrl).href);
	}
	const bodies = new Map<string, Buffer>();
	const queue = [...scriptUrls];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (bodies.has(url)) continue;
		const body = await fetchAsset(url);
		bodies.set(url, body);
		for (const path of staticImports(body.toString('utf8'))) queue.push(new URL(path, url).href);
	}
	const css = await Promise.all([...styles].map(fetchAsset));
	const scripts = [...bodies].map(([url, body]) => ({ path: new URL(url).pathname, gzip: weigh([body]).gzip })).sort((a, b) => b.gzip - a.gzip);
	return { html: weigh([html]), css: weigh(css), js: weigh([...bodies.values()]), scripts };
}

async function fetchAsset(url: string): Promise<Buffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return Buffer.from(await response.arrayBuffer());
}
