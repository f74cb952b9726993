import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { getDatabase, openAppDatabase } from '$lib/server/db';
import { scheduleBallotMixing } from '$lib/server/voting/mix-ballots';
import { handleBadRequests } from '$lib/server/hooks/handle-bad-requests';
import { handleLocale } from '$lib/server/hooks/handle-locale';
import { handleOriginCheck } from '$lib/server/hooks/handle-origin-check';
import { handleSecurityHeaders } from '$lib/server/hooks/handle-security-headers';
import { handleSession } from '$lib/server/hooks/handle-session';

// Migrate (and seed an empty database) before the first request, never during `vite build`; then
// mix new ballots every hour so none keeps the transaction stamp it shares with its voter.
export const init: ServerInit = async () => {
	if (building) return;
	await openAppDatabase();
	scheduleBallotMixing(await getDatabase());
};

export const handle = sequence(handleBadRequests, handleOriginCheck, handleLocale, handleSession, handleSecurityHeaders);
