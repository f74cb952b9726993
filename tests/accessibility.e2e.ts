import { expect, test } from '@playwright/test';
import { signInAsStaff } from './support/accounts';
import { scanWithAxe } from './support/axe';

// Every page a resident can reach by following links from the English and Welsh home pages,
// plus the not-found page, on a phone and on a laptop. New pages are scanned as soon as they are linked.
async function discoverPages(baseURL: string, fetchPage: (path: string) => Promise<string>, start = ['/', '/cy/'], { foldPlaces = false } = {}) {
	const seen = new Set<string>();
	// Every kind of page, but not every post or proposal: at most two pages of each shape
	// (/…/posts/<id>, /…/proposals/<n>), so the crawl stays minutes-long as the demo grows.
	// The steward's crawl also counts one shape across places: a steward sees every place's pages,
	// which the visitors' crawl and each lead's crawl already read place by place.
	const perShape = new Map<string, number>();
	const shapeOf = (path: string) => {
		const shape = path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').replace(/\/\d+(?=\/|$)/g, '/:n');
		return foldPlaces ? shape.replace(/\/(places|groups)\/[^/]+/, '/$1/:slug').replace(/\/cycles\/[^/]+/, '/cycles/:slug') : shape;
	};
	const queue = [...start];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		const shape = shapeOf(path);
		if ((perShape.get(shape) ?? 0) >= 2) continue;
		perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
		seen.add(path);
		const html = await fetchPage(path);
		for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
			const url = new URL(href, baseURL + path);
			if (url.origin !== new URL(baseURL).origin) continue;
			if (url.pathname.startsWith('/language/') || url.pathname.startsWith('/_app/') || /\.\w+$/.test(url.pathname)) continue;
			if (!seen.has(url.pathname)) queue.push(url.pathname);
		}
	}
	return [...seen, '/places/does-not-exist'];
}

async function scanAll(page: import('@playwright/test').Page, paths: string[]) {
	const found: Record<string, unknown> = {};
	for (const path of paths) {
		await page.goto(path);
		const violations = await scanWithAxe(page);
		if (violations.length > 0) found[path] = violations;
	}
	return found;
}

// Every scan below expects nothing found: this one shows the scan does find something when it is there.
test('the scan reports an image without alternative text', async ({ page }) => {
	await page.setContent('<!doctype html><html lang="en"><head><title>A page</title></head><body><main><h1>A page</h1><img src="/favicon.png"></main></body></html>');
	expect((await scanWithAxe(page)).map((violation) => violation.id)).toContain('image-alt');
});

test.describe('axe finds no violations', () => {
	test.use({ bypassCSP: true });

	for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
		test(`on any page at ${viewport.width} px`, async ({ page, request, baseURL }) => {
			test.setTimeout(300_000);
			await page.setViewportSize(viewport);
			const pages = await discoverPages(baseURL!, async (path) => (await request.get(path)).text());
			expect(pages.length).toBeGreaterThan(6);
			const found: Record<string, unknown> = {};
			for (const path of pages) {
				await page.goto(path);
				const violations = await scanWithAxe(page);
				if (violations.length > 0) found[path] = violations;
			}
			expect(found).toEqual({});
		});
	}
});

test.describe('axe finds no violations on staff pages', () => {
	test.use({ bypassCSP: true, viewport: { width: 360, height: 740 } });

	// Northgate's lead sees discover posts with moderation forms; St Elwyn's is the Welsh-speaking place.
	// English and Welsh crawl apart (pages link within their language), so each test stays minutes-long.
	for (const who of ['lead.st-elwyns@placecraft.example', 'lead.northgate@placecraft.example', 'steward@placecraft.example']) {
		for (const language of ['', '/cy']) {
			test(`signed in as ${who}, ${language ? 'in Welsh' : 'in English'}`, async ({ page, baseURL }) => {
				test.setTimeout(300_000);
				await signInAsStaff(page, who);
				// page.request shares the browser's cookies: the crawl sees what this person sees.
				const pages = await discoverPages(baseURL!, async (path) => (await page.request.get(path)).text(), [`${language}/account`], { foldPlaces: who.startsWith('steward') });
				expect(pages).toEqual(expect.arrayContaining([`${language}/account`]));
				if (who.startsWith('lead')) {
					const place = who.split('.')[1].split('@')[0];
					expect(pages).toEqual(expect.arrayContaining([`${language}/places/${place}/team`, `${language}/places/${place}/audit`]));
				}
				else expect(pages).toContain(`${language}/steward`);
				if (language) expect(pages.filter((path) => !path.startsWith('/cy/'))).toEqual(['/places/does-not-exist']);
				expect(await scanAll(page, pages)).toEqual({});
			});
		}
	}
});
