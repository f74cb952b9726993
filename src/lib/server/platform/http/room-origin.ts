import { env } from '$env/dynamic/private';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * The address a workshop's projector tells phones in the room to go to. `npm start` on a laptop
 * serves on every interface but calls itself http://localhost:3000 (its ORIGIN), which a phone
 * cannot reach; the phones need the laptop's address on the room's Wi-Fi. So:
 *   - the app's public origin when it is a real one (ORIGIN set to a name or address that is not
 *     this machine's loopback): a deployment, or a laptop started with ORIGIN=http://<its ip>:3000;
 *   - else the address the projector's own browser used, if that is not loopback;
 *   - else, if the server listens beyond loopback (HOST is not 127.0.0.1/localhost/::1), the first
 *     IPv4 address of a real network interface, on the same port (virtual bridges are skipped);
 *   - else the public origin as it is (nobody else could reach this machine anyway).
 * Form posts from phones are accepted from the address they used (handle-origin-check.ts).
 */
export function roomOrigin(
	publicOrigin: URL,
	hostHeader: string | null,
	listenHost: string | undefined,
	interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>
): string {
	if (!isLoopback(publicOrigin.hostname)) return publicOrigin.origin;
	const asked = hostHeader ? safeUrl(`${publicOrigin.protocol}//${hostHeader}`) : null;
	if (asked && !isLoopback(asked.hostname)) return asked.origin;
	if (listenHost && isLoopback(listenHost)) return publicOrigin.origin;
	const lan = Object.entries(interfaces)
		.filter(([name]) => !/^(docker|br-|veth|virbr|vboxnet|vmnet|cni|flannel|podman)/.test(name))
		.flatMap(([, addresses]) => addresses ?? [])
		.find((a) => a.family === 'IPv4' && !a.internal);
	if (!lan) return publicOrigin.origin;
	return `${publicOrigin.protocol}//${lan.address}${publicOrigin.port ? `:${publicOrigin.port}` : ''}`;
}

/** roomOrigin for this request, on this machine. */
export function roomOriginOf(url: URL, request: Request): string {
	return roomOrigin(url, request.headers.get('host'), env.HOST, networkInterfaces());
}

function isLoopback(hostname: string): boolean {
	const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h);
}

function safeUrl(text: string): URL | null {
	try {
		return new URL(text);
	} catch {
		return null;
	}
}
