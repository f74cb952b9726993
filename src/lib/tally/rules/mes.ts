/** MES entry: the fast certified run, falling back to exact arithmetic when it cannot decide. */
import type { Profile } from '../profile';
import type { MesRunInput } from './mes-common';
import { runMesExact } from './mes-exact';
import { runMesFast } from './mes-fast';
import type { RuleOutcome } from './outcome';

export function runMes(profile: Profile, input: MesRunInput): RuleOutcome {
	const fast = runMesFast(profile, input);
	if (fast) return { ...fast, exactRuns: 0 };
	return { ...runMesExact(profile, input), exactRuns: 1 };
}
