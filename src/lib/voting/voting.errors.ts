/*
 * Every refusal the voting domain can answer with, as stable codes (browser-safe: the pages import
 * them for their words, the server for its results). The words are in
 * src/lib/components/voting/*-error-texts.ts, each map declared over one of these unions.
 */
import type { EligibilityStatus } from '../eligibility/check-eligibility';

/**
 * Why a ballot was not taken, on any channel: the vote is not open, the pot is not this cycle's,
 * the voter is not (or not yet shown to be) eligible, or a re-vote named a receipt we cannot find.
 * The ballot's own problems (too many choices …) travel beside the status as BallotProblem codes.
 */
export type BallotRefusal =
	| Exclude<EligibilityStatus, 'eligible'>
	| 'voting_closed'
	| 'pot_unknown'
	| 'receipt_not_found'
	/** The register reference is one another account has voted as. */
	| 'reference_taken'
	/** This account has voted as another register entry in this cycle. */
	| 'reference_other'
	/** In a workshop room: the letter code or reference typed is nobody's in this vote. */
	| 'voter_not_found';

/** The refusals the vote page says beside a field or at the top; 'already_voted' has its own panel. */
export type BallotStatusShown = Exclude<BallotRefusal, 'already_voted' | 'not_verified'>;

/** What a paper entry can be refused for (the domain's codes; the page prefixes them with `paper_`). */
export const PAPER_ENTRY_REFUSALS = ['voting_closed', 'workshop_no_vote', 'pot_missing', 'serial_invalid', 'marks_problem', 'voter_missing', 'voter_not_found', 'already_voted', 'same_person', 'entries_differ', 'already_counted'] as const;
export type PaperEntryRefusal = (typeof PAPER_ENTRY_REFUSALS)[number];

/** What discarding a paper's first entry can be refused for. */
export type PaperDiscardRefusal = 'paper_reason_missing' | 'paper_reason_too_long' | 'paper_entry_unknown' | 'paper_not_awaiting';

/** The codes the paper-entry page shows, by field. */
export type PaperErrorCode = `paper_${PaperEntryRefusal}` | PaperDiscardRefusal;

/** The letter-code forms: typing a code at /v, making a batch, revoking one. */
export type LetterCodeErrorCode =
	| 'letter_codes_code_missing'
	| 'letter_codes_code_format'
	| 'letter_codes_code_unknown'
	| 'letter_codes_label_missing'
	| 'letter_codes_label_too_long'
	| 'letter_codes_count_missing'
	| 'letter_codes_count_invalid'
	| 'letter_codes_count_range'
	| 'letter_codes_language_invalid'
	| 'letter_codes_revoke_unconfirmed'
	| 'letter_codes_batch_unknown'
	| 'letter_codes_register_all_sent';

/** Checking a receipt code: nothing typed, not a receipt code's shape, or no ballot of this vote has it. */
export type ReceiptCheckErrorCode = 'receipt_check_missing' | 'receipt_check_format' | 'receipt_check_not_found';

export type VotingErrorCode = BallotRefusal | PaperErrorCode | LetterCodeErrorCode | ReceiptCheckErrorCode;
