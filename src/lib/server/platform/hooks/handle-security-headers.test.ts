import { describe, expect, it } from 'vitest';
import { securityHeaders } from './handle-security-headers';

describe('security headers', () => {
	it('tell browsers to keep to https when the app is served over https', () => {
		const headers = new Map(securityHeaders(new URL('https://placecraft.example/places/st-elwyn')));
		expect(headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
		expect(headers.get('X-Frame-Options')).toBe('DENY');
	});

	it('say nothing about https on a plain-http address (a laptop in a workshop room)', () => {
		const headers = new Map(securityHeaders(new URL('http://192.168.1.20:3000/')));
		expect(headers.has('Strict-Transport-Security')).toBe(false);
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
	});
});
