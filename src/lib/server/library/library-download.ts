/** Headers of an open-data download: named for the day, never cached (the library changes as places record). */
export function downloadHeaders(contentType: string, name: string, now: Date): HeadersInit {
	return {
		'content-type': contentType,
		'content-disposition': `attachment; filename="placecraft-${name}-${now.toISOString().slice(0, 10)}"`,
		'cache-control': 'no-store'
	};
}
