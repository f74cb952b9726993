/** MES entry: the fast certified run, falling back to exact arithmetic when it cannot decide. */
import type { Profile } from '../profile';
import type { MesRunInput } from './mes-common';
import { runMesExact } from './mes-exact';
import { runMesFast } from './mes-fast';
import type { RuleOutcome } from './outcome';

/** `eager`: record drops in the round they happen (explanations); off for add1's trial steps. */
export function runMes(profile: Profile, input: MesRunInput, eager = true): RuleOutcome {
	const fast = runMesFast(profile, input, 0, eager);
	if (fast) return { ...fast, exactRuns: 0 };
	return { ...runMesExact(profile, input), exactRuns: 1 };
}
