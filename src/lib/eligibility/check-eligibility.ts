import { postcodeInArea } from './postcode';

/** Who may vote in a cycle: each place decides. Empty prefixes mean "anywhere". */
export interface EligibilityRules {
	postcodePrefixes: readonly string[];
	/** Youngest age that may vote (e.g. 11 for a youth budget, 16 for most); null = no limit. */
	minimumAge: number | null;
	/** Only people on the voter register the team uploaded (or holding a letter code) may vote. */
	registerOnly: boolean;
}

/** What we know about the person trying to vote, from whichever channel they came by. */
export interface Claimant {
	/** Proved by an emailed code, a letter code, or staff at a stall. */
	verified: boolean;
	postcode: string | null;
	/** They confirmed they are at least the minimum age (null: not asked yet). */
	confirmsAge: boolean | null;
	/** Found on the voter register (or came with a letter code, which is issued from it). */
	onRegister: boolean;
	/** Already voted in this pot, on any channel. */
	alreadyVoted: boolean;
}

/**
 * A status the page can act on — ask for the postcode, explain the area, say "you have already
 * voted, thank you" — never just yes or no. The order is what a person should hear first.
 */
export type EligibilityStatus =
	| 'eligible'
	| 'not_verified'
	| 'already_voted'
	| 'postcode_needed'
	| 'not_in_area'
	| 'age_needed'
	| 'too_young'
	| 'not_on_register';

export function checkEligibility(rules: EligibilityRules, claimant: Claimant): EligibilityStatus {
	if (!claimant.verified) return 'not_verified';
	if (claimant.alreadyVoted) return 'already_voted';
	if (rules.registerOnly && !claimant.onRegister) return 'not_on_register';
	if (rules.postcodePrefixes.length > 0 && !claimant.onRegister) {
		if (!claimant.postcode) return 'postcode_needed';
		if (!postcodeInArea(claimant.postcode, rules.postcodePrefixes)) return 'not_in_area';
	}
	if (rules.minimumAge !== null) {
		if (claimant.confirmsAge === null) return 'age_needed';
		if (!claimant.confirmsAge) return 'too_young';
	}
	return 'eligible';
}
