import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// The tally engine's own test project. Its root is this folder, whether it runs alone
// (`--config src/lib/tally/vitest.config.ts`) or as a project of the root vite.config.ts.
export default defineProject({
	root: fileURLToPath(new URL('.', import.meta.url)),
	test: {
		name: 'tally',
		environment: 'node',
		include: ['**/*.test.ts'],
		testTimeout: 120_000
	}
});
