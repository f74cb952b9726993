import { m } from '$lib/paraglide/messages';
import type { LetterCodeErrorCode } from '$lib/voting/voting.errors';

type Text = (params: Record<string, string | number>) => string;

/** The words for each letter_codes_… code the letter-code forms can come back with (joined into form-errors.ts). */
export const letterCodeErrorTexts = {
	letter_codes_code_missing: () => m.letter_codes_error_code_missing(),
	letter_codes_code_format: () => m.letter_codes_error_code_format(),
	letter_codes_code_unknown: () => m.letter_codes_error_code_unknown(),
	letter_codes_label_missing: () => m.letter_codes_error_label_missing(),
	letter_codes_label_too_long: () => m.letter_codes_error_label_too_long(),
	letter_codes_count_missing: () => m.letter_codes_error_count_missing(),
	letter_codes_count_invalid: () => m.letter_codes_error_count_invalid(),
	letter_codes_count_range: () => m.letter_codes_error_count_range(),
	letter_codes_language_invalid: () => m.letter_codes_error_language_invalid(),
	letter_codes_revoke_unconfirmed: () => m.letter_codes_error_revoke_unconfirmed(),
	letter_codes_batch_unknown: () => m.letter_codes_error_batch_unknown(),
	letter_codes_register_all_sent: () => m.letter_codes_error_register_all_sent()
} satisfies Record<LetterCodeErrorCode, Text>;
