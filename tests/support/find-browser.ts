import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * Which Chromium the browser tests drive (Playwright's own browser download is never used):
 *   1. PLACECRAFT_BROWSER=npm: the npm one below, whatever else the machine has (to prove it works);
 *   2. CHROMIUM_PATH, when set (it must exist: a wish is not silently replaced by another browser);
 *   3. the system's Chromium or Chrome in the usual places;
 *   4. otherwise the Chromium that the npm package @sparticuz/chromium ships inside its tarball
 *      (a devDependency), unpacked once into node_modules/.cache/.
 */
export type BrowserChoice = { source: 'CHROMIUM_PATH' | 'system'; path: string } | { source: 'npm' };

export const SYSTEM_BROWSERS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
	linux: [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
		'/snap/bin/chromium'
	],
	darwin: [
		'/Applications/Chromium.app/Contents/MacOS/Chromium',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
		'/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'
	]
};

export function chooseBrowser(
	env: Record<string, string | undefined>,
	exists: (path: string) => boolean,
	platform: NodeJS.Platform = process.platform
): BrowserChoice {
	const wanted = env.PLACECRAFT_BROWSER?.trim();
	if (wanted === 'npm') return { source: 'npm' };
	if (wanted) throw new Error(`PLACECRAFT_BROWSER=${wanted}: the only value is "npm" (leave it unset to look for a system browser first).`);
	const given = env.CHROMIUM_PATH?.trim();
	if (given) {
		if (!exists(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist. Point it at a Chromium or Chrome binary, or unset it.`);
		return { source: 'CHROMIUM_PATH', path: given };
	}
	const found = (SYSTEM_BROWSERS[platform] ?? []).find(exists);
	return found ? { source: 'system', path: found } : { source: 'npm' };
}

/** What Playwright needs to launch a browser: its path, and (npm one only) its environment. */
export type Browser = { source: BrowserChoice['source']; path: string; env?: Record<string, string> };

/** The browser for this run; unpacks the npm one on first use (a few seconds, ~220 MB on disk). */
export function findBrowser(env = process.env): Browser {
	const choice = chooseBrowser(env, existsSync);
	return choice.source === 'npm' ? { source: 'npm', ...npmChromium() } : choice;
}

/** One line for the start of a run: which browser, where, which version. */
export function describeBrowser(browser: Browser): string {
	let version = 'version unknown';
	try {
		version = execFileSync(browser.path, ['--version'], {
			env: { ...process.env, ...browser.env },
			timeout: 20_000,
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.toString()
			.trim();
	} catch {
		// Some builds print nothing for --version; the path still says which browser it is.
	}
	const from = { CHROMIUM_PATH: 'CHROMIUM_PATH', system: 'the system', npm: 'npm @sparticuz/chromium' }[browser.source];
	return `Browser tests use ${version} at ${browser.path} (from ${from})`;
}

/**
 * @sparticuz/chromium is a Chromium (headless shell) for Linux x64/arm64, Brotli-packed in the npm
 * tarball. Its executablePath() unpacks into os.tmpdir() — shared by every user and checkout, and read
 * half-written by a second process that looks while the first unpacks. So we unpack it in a child
 * process whose TMPDIR is a fresh folder, then move that folder into place in one rename: a folder that
 * exists is complete. Besides the binary we take its NSS libraries (shipped for Amazon Linux; plain
 * glibc builds) so that it needs nothing from the system beyond glibc, and its fonts.
 */
function npmChromium(): { path: string; env: Record<string, string> } {
	if (process.platform !== 'linux') {
		throw new Error(
			'No Chromium or Chrome found (looked for CHROMIUM_PATH and the usual places), and the npm Chromium ' +
				'(@sparticuz/chromium) runs only on Linux. Install Chrome or Chromium, or set CHROMIUM_PATH to one.'
		);
	}
	const require = createRequire(import.meta.url);
	const pkg = resolve(require.resolve('@sparticuz/chromium', { paths: [process.cwd()] }), '../..'); // <pkg>/build/index.js
	const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
	const cache = resolve('node_modules/.cache/placecraft-chromium');
	const dir = join(cache, `${version}-${process.arch}`);
	if (!existsSync(dir)) {
		const unpacking = `${dir}.unpacking-${process.pid}`;
		rmSync(unpacking, { recursive: true, force: true });
		mkdirSync(unpacking, { recursive: true });
		const script = `
			const { default: chromium, inflate } = await import(${JSON.stringify(join(pkg, 'build/index.js'))});
			await chromium.executablePath();
			await inflate(${JSON.stringify(join(pkg, 'bin/al2023.tar.br'))});`;
		execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: unpacking }, stdio: 'inherit' });
		// The fonts.conf it ships names Lambda's folders; ours adds its fonts to the system's (if any).
		writeFileSync(
			join(unpacking, 'fonts.conf'),
			`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
				`  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
				`  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`
		);
		try {
			renameSync(unpacking, dir);
		} catch (e) {
			rmSync(unpacking, { recursive: true, force: true });
			if (!existsSync(dir)) throw e; // Otherwise another run unpacked it first: use theirs.
		}
	}
	return {
		path: join(dir, 'chromium'),
		env: {
			LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
			FONTCONFIG_FILE: join(dir, 'fonts.conf')
		}
	};
}
