/** The tally engine's public API: pure, usable in the browser, a worker or the server. */
export type { Election, Project, Voter, VoteType } from './election';
export type { Add1Control, Add1Progress, Completion, OrdinalUtility, Rule, TallyOptions, TieBreak } from './options';
export { COMPLETIONS, ORDINAL_UTILITIES, RULES, TIE_BREAKS } from './options';
export type { ProjectExplanation } from './explain';
export { tallyElection, type TallyResult } from './tally';
export { TallyError, type TallyErrorCode } from './tally-error';
export { parsePabulib } from './pabulib/read';
export { writePabulib } from './pabulib/write';
export { PabulibError, type PabulibErrorCode } from './pabulib/errors';
export { formatMoney } from './money';
export { ordinalPoints } from './profile';
