import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { roomOrigin } from './room-origin';

const nic = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) =>
	({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
const laptop = {
	lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
	docker0: [nic('172.17.0.1')],
	wlp2s0: [nic('fe80::1', 'IPv6'), nic('192.168.1.20')]
};
const localhost = new URL('http://localhost:3000');

describe('the address a projector shows phones', () => {
	it("is the laptop's address on the room's network when the app calls itself localhost", () => {
		expect(roomOrigin(localhost, 'localhost:3000', undefined, laptop)).toBe('http://192.168.1.20:3000');
		expect(roomOrigin(localhost, 'localhost:3000', '0.0.0.0', laptop)).toBe('http://192.168.1.20:3000');
		expect(roomOrigin(new URL('http://127.0.0.1:4000'), null, undefined, laptop)).toBe('http://192.168.1.20:4000');
	});

	it('is ORIGIN when it is set to a real name or address', () => {
		expect(roomOrigin(new URL('https://placecraft.example'), 'placecraft.example', undefined, laptop)).toBe('https://placecraft.example');
		expect(roomOrigin(new URL('http://10.0.0.7:3000'), 'localhost:3000', undefined, laptop)).toBe('http://10.0.0.7:3000');
	});

	it('is the address the projector itself was opened at, when that is not loopback', () => {
		expect(roomOrigin(localhost, '192.168.1.99:3000', undefined, laptop)).toBe('http://192.168.1.99:3000');
	});

	it('stays loopback when the server listens only on loopback, or the machine has no network', () => {
		expect(roomOrigin(localhost, 'localhost:3000', '127.0.0.1', laptop)).toBe('http://localhost:3000');
		expect(roomOrigin(localhost, 'localhost:3000', undefined, { lo: laptop.lo, docker0: laptop.docker0 })).toBe('http://localhost:3000');
		expect(roomOrigin(new URL('http://[::1]:3000'), '[::1]:3000', undefined, {})).toBe('http://[::1]:3000');
	});
});
