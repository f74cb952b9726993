/**
 * Module hooks for the bench: the route files import `$lib/server/db` (the app's one database,
 * opened from `$env/dynamic/private`). Here those two resolve to the bench's own stand-ins, so the
 * results page's real load function runs, unchanged, against the database the bench built.
 * Everything else resolves as usual (tsx reads `$lib/*` from the tsconfig paths).
 */
const redirects = {
	'$lib/server/db': new URL('./app-database.ts', import.meta.url).href,
	'$env/dynamic/private': new URL('./app-env.ts', import.meta.url).href
};

export async function resolve(specifier, context, next) {
	const url = redirects[specifier];
	return url ? { url, shortCircuit: true } : next(specifier, context);
}
