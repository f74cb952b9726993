import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { openAppDatabase } from '$lib/server/db';
import { handleBadRequests } from '$lib/server/hooks/handle-bad-requests';
import { handleLocale } from '$lib/server/hooks/handle-locale';
import { handleOriginCheck } from '$lib/server/hooks/handle-origin-check';
import { handleSecurityHeaders } from '$lib/server/hooks/handle-security-headers';
import { handleSession } from '$lib/server/hooks/handle-session';

// Migrate (and seed an empty database) before the first request, never during `vite build`.
export const init: ServerInit = async () => {
	if (!building) await openAppDatabase();
};

export const handle = sequence(handleBadRequests, handleOriginCheck, handleLocale, handleSession, handleSecurityHeaders);
