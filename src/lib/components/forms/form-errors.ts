import { m } from '$lib/paraglide/messages';
import { proposalErrorTexts } from '$lib/components/proposals/proposal-error-texts';
import { photoErrorTexts } from '$lib/components/photos/photo-error-texts';
import { placeErrorTexts } from '$lib/components/places/place-error-texts';
import { letterCodeErrorTexts } from '$lib/components/voting/letter-code-error-texts';
import { receiptCheckErrorTexts } from '$lib/components/voting/receipt-check-error-texts';
import { deliveryErrorTexts } from '$lib/components/delivery/delivery-error-texts';
import { smallSumsErrorTexts } from '$lib/components/small-sums/small-sums-error-texts';
import { centralServiceErrorTexts } from '$lib/components/central-services/central-service-error-texts';
import { learningErrorTexts } from '$lib/components/publish-back/learning-error-texts';
import { decisionErrorTexts } from '$lib/components/results/decision-error-texts';
import { workshopRunErrorTexts } from '$lib/components/workshops/workshop-run-error-texts';
import { workshopRoomErrorTexts } from '$lib/components/workshops/workshop-room-error-texts';
import { startCycleErrorTexts } from '$lib/components/cycles/schedule-errors';
import { themeErrorTexts } from '$lib/components/library/theme-error-texts';
import { conversationErrorTexts } from '$lib/components/conversation/conversation-error-texts';
import type { ConversationErrorCode } from '$lib/conversation/conversations.errors';
import type { AccountErrorCode } from '$lib/accounts/accounts.errors';
import type { BudgetErrorCode } from '$lib/budget/budget.errors';
import type { ChallengeErrorCode } from '$lib/challenges/challenges.errors';
import type { CommentErrorCode } from '$lib/comments/comments.errors';
import type { CycleStartErrorCode } from '$lib/cycles/cycles.errors';
import type { DecisionErrorCode } from '$lib/decisions/decisions.errors';
import type { DeliveryErrorCode } from '$lib/delivery/delivery.errors';
import type { SmallSumsErrorCode } from '$lib/small-sums/small-sums.errors';
import type { CentralServiceErrorCode } from '$lib/central-services/central-services.errors';
import type { DiscoverErrorCode } from '$lib/discover/discover.errors';
import type { GroupErrorCode, GroupFieldErrorCode } from '$lib/groups/groups.errors';
import type { LearningErrorCode } from '$lib/learning/learning.errors';
import type { ThemeTagError } from '$lib/library/library.errors';
import type { PhotoErrorCode } from '$lib/photos/photos.errors';
import type { PlaceErrorCode } from '$lib/places/places.errors';
import type { ProposalErrorCode, ProposalReviewErrorCode } from '$lib/proposals/proposals.errors';
import type { TeamErrorCode } from '$lib/teams/teams.errors';
import type { FieldErrorCode } from '$lib/validation/fields.errors';
import type { WorkshopRoomErrorCode, WorkshopRunErrorCode } from '$lib/workshops/workshops.errors';

/**
 * Every code a form may come back with, from each domain's <domain>.errors.ts. The table below is
 * declared against it, so a code without words fails the type check. (Letter codes' are the voting
 * domain's; the schedule's are generated from its own codes in schedule-errors.ts.)
 */
export type FormErrorCode =
	| AccountErrorCode
	| Exclude<TeamErrorCode, 'needs_sign_in'>
	| GroupErrorCode
	| GroupFieldErrorCode
	| BudgetErrorCode
	| FieldErrorCode
	| DiscoverErrorCode
	| CommentErrorCode
	| ChallengeErrorCode
	| ProposalErrorCode
	| ProposalReviewErrorCode
	| PhotoErrorCode
	| PlaceErrorCode
	| DeliveryErrorCode
	| SmallSumsErrorCode
	| CentralServiceErrorCode
	| LearningErrorCode
	| DecisionErrorCode
	| WorkshopRunErrorCode
	| WorkshopRoomErrorCode
	| CycleStartErrorCode
	| ThemeTagError
	| ConversationErrorCode;

type Text = (params: Record<string, string | number>) => string;

/** What the server may send back about a field, as codes: the words are chosen here, per language. */
const texts = {
	email_missing: () => m.form_error_email_missing(),
	email_invalid: () => m.form_error_email_invalid(),
	email_too_long: () => m.form_error_email_too_long(),
	code_missing: () => m.form_error_code_missing(),
	code_format: () => m.form_error_code_format(),
	code_wrong: (p) => m.form_error_code_wrong({ attempts: p.attempts ?? 0 }),
	code_expired: () => m.form_error_code_expired(),
	code_used_up: () => m.form_error_code_used_up(),
	code_not_requested: () => m.form_error_code_missing_request(),
	totp_wrong: () => m.twofactor_wrong(),
	totp_used: () => m.twofactor_used(),
	rate_limited: (p) => m.form_error_rate_limited({ minutes: p.minutes ?? 1 }),
	password_missing: () => m.form_error_password_missing(),
	password_too_short: () => m.form_error_password_too_short(),
	password_too_long: () => m.form_error_password_too_long(),
	credentials_wrong: () => m.form_error_credentials_wrong(),
	name_missing: () => m.form_error_name_missing(),
	name_too_long: () => m.form_error_name_too_long(),
	name_invalid: () => m.form_error_name_invalid(),
	role_invalid: () => m.form_error_role_invalid(),
	member_unknown: () => m.form_error_member_unknown(),
	slug_missing: () => m.form_error_slug_missing(),
	slug_too_long: () => m.form_error_slug_too_long(),
	slug_format: () => m.form_error_slug_format(),
	slug_taken: () => m.form_error_slug_taken(),
	summary_too_long: () => m.form_error_summary_too_long(),
	last_lead: () => m.form_error_last_lead(),
	already_member: () => m.form_error_already_member(),
	invitation_wrong_account: () => m.form_error_invitation_wrong_account(),
	group_slug_missing: () => m.form_error_group_slug_missing(),
	group_slug_taken: () => m.form_error_group_slug_taken(),
	group_unknown: () => m.form_error_group_unknown(),
	description_too_long: () => m.form_error_description_too_long(),
	person_unknown: () => m.form_error_person_unknown(),
	already_in_group: () => m.form_error_already_in_group(),
	not_in_group: () => m.form_error_not_in_group(),
	last_admin: () => m.form_error_last_admin(),
	invitation_invalid: () => m.invitation_invalid(),
	password_wrong: () => m.form_error_password_wrong(),
	funder_missing: () => m.form_error_funder_missing(),
	funder_too_long: () => m.form_error_funder_too_long(),
	note_too_long: () => m.form_error_note_too_long(),
	pot_unknown: () => m.form_error_pot_unknown(),
	pot_has_votes: () => m.form_error_pot_has_votes(),
	pot_has_contributions: () => m.form_error_pot_has_contributions(),
	contribution_unknown: () => m.form_error_contribution_unknown(),
	pot_name_missing: () => m.form_error_pot_name_missing(),
	pot_name_too_long: () => m.form_error_pot_name_too_long(),
	money_required: () => m.form_error_money_required(),
	money_invalid: () => m.form_error_money_invalid(),
	money_too_small: () => m.form_error_money_too_small(),
	over_allocated: (p) => m.form_error_over_allocated({ amount: p.amount ?? '' }),
	post_kind_missing: () => m.form_error_post_kind_missing(),
	post_body_missing: () => m.form_error_post_body_missing(),
	post_body_too_long: () => m.form_error_post_body_too_long(),
	post_location_too_long: () => m.form_error_post_location_too_long(),
	post_unknown: () => m.form_error_post_unknown(),
	phase_closed: () => m.form_error_phase_closed(),
	kind_closed: () => m.form_error_kind_closed(),
	hide_reason_missing: () => m.form_error_hide_reason_missing(),
	hide_reason_too_long: () => m.form_error_hide_reason_too_long(),
	comment_body_missing: () => m.comment_error_body_missing(),
	comment_body_too_long: () => m.comment_error_body_too_long(),
	comment_unknown: () => m.comment_error_unknown(),
	comment_subject_unknown: () => m.comment_error_subject_unknown(),
	comments_phase_closed: () => m.comment_error_phase_closed(),
	comments_off: () => m.comment_error_off(),
	post_locked_phase_closed: () => m.comment_error_post_locked_phase_closed(),
	post_locked_hidden: () => m.comment_error_post_locked_hidden(),
	post_locked_reviewed: () => m.comment_error_post_locked_reviewed(),
	...proposalErrorTexts,
	...photoErrorTexts,
	...placeErrorTexts,
	...letterCodeErrorTexts,
	...receiptCheckErrorTexts,
	...deliveryErrorTexts,
	...smallSumsErrorTexts,
	...centralServiceErrorTexts,
	...workshopRunErrorTexts,
	...workshopRoomErrorTexts,
	...learningErrorTexts,
	...decisionErrorTexts,
	...startCycleErrorTexts,
	...themeErrorTexts,
	...conversationErrorTexts,
	challenge_question_missing: () => m.challenge_error_question_missing(),
	challenge_question_too_long: () => m.challenge_error_question_too_long(),
	challenge_summary_too_long: () => m.challenge_error_summary_too_long(),
	challenge_post_unknown: () => m.challenge_error_post_unknown(),
	challenge_post_hidden: () => m.challenge_error_post_hidden(),
	review_status_missing: () => m.review_error_status_missing(),
	review_reason_missing: () => m.review_error_reason_missing(),
	review_reason_unchanged: () => m.review_error_reason_unchanged(),
	review_reason_too_long: () => m.review_error_reason_too_long(),
	review_cost_missing: () => m.review_error_cost_missing(),
	review_merge_target_missing: () => m.review_error_merge_target_missing(),
	review_merge_target_unknown: () => m.review_error_merge_target_unknown(),
	review_merge_target_merged: () => m.review_error_merge_target_merged(),
	review_has_merged_in: () => m.review_error_has_merged_in(),
	review_after_count: () => m.review_error_after_count(),
	review_proposal_hidden: () => m.review_error_proposal_hidden()
} satisfies Record<FormErrorCode, Text> & Record<string, Text>;

export function formErrorText(code: string, params: Record<string, string | number> = {}): string {
	return ((texts as Record<string, Text>)[code] ?? (() => m.form_error_unknown()))(params);
}

/** The shape every form action returns with fail(): field → error code, what was typed, and params. */
export interface FormFailure {
	errors?: Record<string, string>;
	values?: Record<string, string>;
	params?: Record<string, string | number>;
}
