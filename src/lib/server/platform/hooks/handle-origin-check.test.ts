import { describe, expect, it } from 'vitest';
import { isSameSiteRequest } from './handle-origin-check';

describe('a state-changing request', () => {
	it('is ours when the browser says it comes from our public host', () => {
		expect(isSameSiteRequest('https://placecraft.example', 'placecraft.example', '10.0.0.5:3000')).toBe(true);
	});

	it('is ours when it comes from the address the browser used (a laptop on the room’s Wi-Fi)', () => {
		expect(isSameSiteRequest('http://192.168.1.20:3000', 'localhost:3000', '192.168.1.20:3000')).toBe(true);
	});

	it('is refused from another site, without an Origin, or with a garbled one', () => {
		expect(isSameSiteRequest('https://evil.example', 'placecraft.example', 'placecraft.example')).toBe(false);
		expect(isSameSiteRequest(null, 'placecraft.example', 'placecraft.example')).toBe(false);
		expect(isSameSiteRequest('null', 'placecraft.example', 'placecraft.example')).toBe(false);
	});
});
