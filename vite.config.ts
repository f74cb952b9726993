import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Integration tests that vi.mock a module: they cannot share loaded modules with other files.
const dbFilesThatMock = ['src/lib/server/workshops/create-workshop.db.test.ts'];

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The URL decides the language (/cy/… for Welsh); the cookie remembers it for the next visit.
			strategy: ['url', 'cookie', 'baseLocale']
		}),
		sveltekit()
	],
	server: { port: 3000 },
	test: {
		expect: { requireAssertions: true },
		projects: [
			'./src/lib/tally/vitest.config.{ts,js}',
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/lib/tally/**', 'src/**/*.db.test.ts'],
					// One worker runs many files with the modules it has loaded: no file here changes module state.
					isolate: false
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					// Integration tests: each runs on PGlite and, when DATABASE_URL is set, on that Postgres server.
					// A worker keeps its modules and its PGlite instances from file to file (see testing/databases.ts).
					name: 'db',
					environment: 'node',
					include: ['src/**/*.db.test.ts'],
					exclude: dbFilesThatMock,
					isolate: false,
					globalSetup: ['./src/lib/server/testing/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					// The integration tests that replace a module with vi.mock get a module graph of their own.
					name: 'db-mocks',
					environment: 'node',
					include: dbFilesThatMock,
					globalSetup: ['./src/lib/server/testing/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
