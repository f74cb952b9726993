import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDirectFormReads } from './support/form-reads';

const routesDir = join(import.meta.dirname, '..', 'src', 'routes');

/** Every server-side module under src/routes: the +page.server/+server files and the helpers beside them. */
function routeModules(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeModules(path);
		return /\.(ts|js)$/.test(entry.name) && !/\.test\.(ts|js)$/.test(entry.name) ? [path] : [];
	});
}

describe('reading forms', () => {
	it('no route reads a request body as a form itself: a text/plain or broken body must be a 400, not a 500', () => {
		const direct = routeModules(routesDir).flatMap((path) => findDirectFormReads(relative(routesDir, path), readFileSync(path, 'utf8')));
		expect(direct).toEqual([]);
	});

	describe('the checker itself', () => {
		it('finds request.formData() however the request is reached', () => {
			const source = `export const actions = {
				a: async (event) => { const data = await event.request.formData(); },
				b: async ({ request }) => { const data = await request.formData(); },
				c: async ({ request }) => request['formData']()
			};`;
			expect(findDirectFormReads('x/+page.server.ts', source)).toEqual([
				{ file: 'x/+page.server.ts', line: 2 },
				{ file: 'x/+page.server.ts', line: 3 },
				{ file: 'x/+page.server.ts', line: 4 }
			]);
		});

		it('lets the readers through', () => {
			const source = `export const actions = { a: async (event) => { const values = await readForm(event); const entries = await readFormEntries(event); } };`;
			expect(findDirectFormReads('x/+page.server.ts', source)).toEqual([]);
		});
	});
});
