import { m } from '$lib/paraglide/messages';
import type { ReceiptCheckErrorCode } from '$lib/voting/voting.errors';

type Text = (params: Record<string, string | number>) => string;

/** The words for each receipt_check_… code the receipt check can come back with (joined into form-errors.ts). */
export const receiptCheckErrorTexts = {
	receipt_check_missing: () => m.receipt_check_error_missing(),
	receipt_check_format: () => m.receipt_check_error_format(),
	receipt_check_not_found: () => m.receipt_check_error_not_found()
} satisfies Record<ReceiptCheckErrorCode, Text>;
