import { describe, expect, it } from 'vitest';
import { chooseBrowser } from './find-browser';

const only =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('chooseBrowser', () => {
	it('takes CHROMIUM_PATH first, when it exists', () => {
		expect(chooseBrowser({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'), 'linux')).toEqual({
			source: 'CHROMIUM_PATH',
			path: '/opt/chrome'
		});
	});

	it('refuses a CHROMIUM_PATH that does not exist rather than quietly using another browser', () => {
		expect(() => chooseBrowser({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'), 'linux')).toThrow(
			/CHROMIUM_PATH=\/nope does not exist/
		);
	});

	it("then the system's Chromium or Chrome, in order", () => {
		expect(chooseBrowser({}, only('/usr/bin/chromium', '/usr/bin/google-chrome'), 'linux')).toEqual({
			source: 'system',
			path: '/usr/bin/chromium'
		});
		expect(chooseBrowser({ CHROMIUM_PATH: '' }, only('/usr/bin/google-chrome-stable'), 'linux')).toEqual({
			source: 'system',
			path: '/usr/bin/google-chrome-stable'
		});
		expect(chooseBrowser({}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), 'darwin')).toEqual({
			source: 'system',
			path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
		});
	});

	it('falls back to the npm Chromium when nothing is installed', () => {
		expect(chooseBrowser({}, only(), 'linux')).toEqual({ source: 'npm' });
		expect(chooseBrowser({}, only('/usr/bin/chromium'), 'win32')).toEqual({ source: 'npm' });
	});

	it('PLACECRAFT_BROWSER=npm forces the npm one over CHROMIUM_PATH and the system', () => {
		expect(
			chooseBrowser({ PLACECRAFT_BROWSER: 'npm', CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'), 'linux')
		).toEqual({ source: 'npm' });
		expect(() => chooseBrowser({ PLACECRAFT_BROWSER: 'chrome' }, only(), 'linux')).toThrow(/only value is "npm"/);
	});
});
