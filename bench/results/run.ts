/**
 * `npx tsx bench/results/run.ts`: the results page's server time for a pot of 100,000 ballots
 * (issue 7: ≤ 100 ms, because the count is stored, not redone). See README.md.
 *
 * The route modules are imported as they are; only `$lib/server/db` and `$env/dynamic/private`
 * are pointed at the bench's stand-ins, by module hooks registered before anything is imported.
 */
import { register } from 'node:module';

register('./resolve-app-modules.mjs', import.meta.url);
await import('./measure');
