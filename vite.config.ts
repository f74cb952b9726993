import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

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
					exclude: ['src/lib/tally/**', 'src/**/*.db.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					// Integration tests: each runs on PGlite and, when DATABASE_URL is set, on that Postgres server.
					name: 'db',
					environment: 'node',
					include: ['src/**/*.db.test.ts'],
					globalSetup: ['./src/lib/server/db/test-global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
