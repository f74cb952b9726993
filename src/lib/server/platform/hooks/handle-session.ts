import type { Handle } from '@sveltejs/kit';
import { validateSessionToken } from '$lib/server/accounts/sessions';
import { anonymous, loadActor } from '$lib/server/auth/actor';
import { deleteSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';

/** Reads the session cookie and puts the actor on locals; every permission check starts from it. */
export const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.actor = anonymous;
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return resolve(event);

	const db = await getDatabase();
	const { session, user } = await validateSessionToken(db, token, new Date());
	if (!session) {
		deleteSessionCookie(event.cookies);
		return resolve(event);
	}
	setSessionCookie(event.cookies, token, session.expiresAt);
	event.locals.session = session;
	event.locals.user = user;
	event.locals.actor = await loadActor(db, user, session);
	return resolve(event);
};
