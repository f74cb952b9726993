import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { describeBrowser, findBrowser } from './tests/support/find-browser';

// Playwright never downloads a browser here: CHROMIUM_PATH, else the system's Chromium or Chrome,
// else the Chromium shipped in the npm package @sparticuz/chromium (PLACECRAFT_BROWSER=npm forces
// that one). See tests/support/find-browser.ts.
const browser = findBrowser();
// Said once, by the runner (its workers, which re-read this file, have TEST_WORKER_INDEX).
if (process.env.TEST_WORKER_INDEX === undefined) console.log(describeBrowser(browser));

// A free port of our own unless one is given, so two test runs on one machine never share a server.
// Set in the environment so Playwright's workers (which re-read this file) agree on it.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
	'-e',
	"const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
])
	.toString()
	.trim();
const port = Number(process.env.E2E_PORT);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: browser.path,
			// The npm Chromium's own NSS libraries and fonts (nothing for a system browser).
			...(browser.env && { env: { ...process.env, ...browser.env } }),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'app', testIgnore: /new-place-journey\.e2e\.ts/ },
		// The new-place journey starts an app of its own on an empty database and walks ~40 forms: it
		// runs after the rest, on a quieter machine (its app took over 90 s to start beside them once).
		{ name: 'journey', testMatch: /new-place-journey\.e2e\.ts/, dependencies: ['app'] }
	],
	webServer: {
		// The production build on a fresh in-memory database with the demo places: what `npm start` serves.
		// Built into a folder of this run's own (by port), so two runs at once never overwrite each other.
		command: `npx vite build && node .e2e/${port}/build`,
		url: `http://127.0.0.1:${port}/`,
		// The build alone took over 180 s on a busy 2-core machine (other test runs beside it).
		timeout: 900_000,
		reuseExistingServer: false,
		env: {
			PLACECRAFT_BUILD_DIR: `.e2e/${port}/build`,
			PLACECRAFT_KIT_DIR: `.e2e/${port}/kit`,
			PORT: String(port),
			HOST: '127.0.0.1',
			PGLITE_DATA_DIR: 'memory://',
			DATABASE_URL: '',
			ORIGIN: `http://127.0.0.1:${port}`,
			BODY_SIZE_LIMIT: '16M',
			// Tests' request contexts reuse idle connections and, unlike browsers, do not retry when the server
			// closes one at the moment a request goes out: with Node's 5 s default this raced once on a machine
			// at load 22 (ECONNRESET in authorization.e2e.ts). Idle connections live a minute here instead.
			KEEP_ALIVE_TIMEOUT: '60'
		}
	}
});
