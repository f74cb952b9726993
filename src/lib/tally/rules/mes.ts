/** MES entry: the fast certified run, falling back to exact arithmetic when it cannot decide. */
import type { Profile } from '../profile';
import type { MesRunInput } from './mes-common';
import { runMesExact } from './mes-exact';
import type { RuleOutcome } from './outcome';

export function runMes(profile: Profile, input: MesRunInput): RuleOutcome {
	return { ...runMesExact(profile, input), exactRuns: 1 };
}
