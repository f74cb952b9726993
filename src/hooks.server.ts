import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { openAppDatabase } from '$lib/server/platform/db';
import { seedDemoIfEmpty } from '$lib/server/seed/seed-demo';
import { scheduleBallotMixing } from '$lib/server/voting/mix-ballots';
import { scheduleHousekeeping } from '$lib/server/platform/housekeeping';
import { handleBadRequests } from '$lib/server/platform/hooks/handle-bad-requests';
import { handleLocale } from '$lib/server/platform/hooks/handle-locale';
import { handleOriginCheck } from '$lib/server/platform/hooks/handle-origin-check';
import { handleSecurityHeaders } from '$lib/server/platform/hooks/handle-security-headers';
import { handleSession } from '$lib/server/platform/hooks/handle-session';

// Migrate (and seed an empty database) before the first request, never during `vite build`; then
// mix new ballots every hour so none keeps the transaction stamp it shares with its voter, and clear
// ended sessions and rate-limit windows (their rows name people and addresses) as often.
export const init: ServerInit = async () => {
	if (building) return;
	const handle = await openAppDatabase();
	// An empty database gets the demo places, so `npm start` shows something (SEED_DEMO=false skips).
	if (env.SEED_DEMO !== 'false') await seedDemoIfEmpty(handle.db, new Date());
	const stopMixing = scheduleBallotMixing(handle.db);
	const stopHousekeeping = scheduleHousekeeping(handle.db);
	// adapter-node stops taking requests on SIGTERM/SIGINT and then emits this: close the database
	// pool too, or its open connections keep the process alive until it is killed.
	process.once('sveltekit:shutdown', () => {
		stopMixing();
		stopHousekeeping();
		void handle.close();
	});
};

export const handle = sequence(handleBadRequests, handleOriginCheck, handleLocale, handleSession, handleSecurityHeaders);
