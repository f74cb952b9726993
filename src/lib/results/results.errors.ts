/** Why a count could not start (browser-safe; the words are in components/results/count-error-texts.ts). */
export type CountErrorCode = 'vote_not_closed' | 'no_vote' | 'cycle_stopped' | 'pot_unknown' | 'already_counted' | 'counting';
