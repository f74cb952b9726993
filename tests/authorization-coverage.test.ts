import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnguardedMutations } from './support/route-guards';

const routesDir = join(import.meta.dirname, '..', 'src', 'routes');

function routeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(path);
		return /^\+(page\.server|server)\.(ts|js)$/.test(entry.name) ? [path] : [];
	});
}

describe('authorisation coverage', () => {
	it('every form action and mutating endpoint goes through the guard', () => {
		const unguarded = routeFiles(routesDir).flatMap((path) =>
			findUnguardedMutations(relative(routesDir, path), readFileSync(path, 'utf8'))
		);
		expect(unguarded).toEqual([]);
	});

	describe('the checker itself', () => {
		it('reports an action that skips the guard', () => {
			const source = `export const actions = {
				save: async ({ locals }) => { await authorize(locals.actor, canOnTeam, 'team.invite', x); },
				sneaky: async ({ request }) => { await db.delete(things); }
			};`;
			expect(findUnguardedMutations('x/+page.server.ts', source)).toEqual([
				{ file: 'x/+page.server.ts', name: 'sneaky', problem: 'no_guard' }
			]);
		});

		it('reports a mutating endpoint without the guard, in either function style', () => {
			const source = `export async function POST() { return new Response(); }
				export const DELETE = async () => { allowAnonymous('why'); return new Response(); };
				export const GET = () => new Response();`;
			expect(findUnguardedMutations('x/+server.ts', source)).toEqual([{ file: 'x/+server.ts', name: 'POST', problem: 'no_guard' }]);
		});

		it('refuses actions defined elsewhere, where the guard cannot be seen', () => {
			expect(findUnguardedMutations('x/+page.server.ts', 'export const actions = { default: handler };')).toEqual([
				{ file: 'x/+page.server.ts', name: 'default', problem: 'not_inline' }
			]);
			expect(findUnguardedMutations('x/+page.server.ts', 'export const actions = shared;')).toEqual([
				{ file: 'x/+page.server.ts', name: 'actions', problem: 'not_inline' }
			]);
		});
	});
});
