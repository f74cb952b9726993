import { z } from 'zod';

/**
 * An amount typed by a person ("£1,250.50", "1250", "1 250,5" is refused — ambiguous) read into
 * integer minor units (pence). Money is never a float: the text is split at the decimal point and
 * the parts are read as integers. Currencies here have two decimals (GBP, EUR); a place in another
 * currency brings its own scale with it when it arrives.
 */
export function parseMoneyText(text: string): number | null {
	const cleaned = text.trim().replace(/^[£€$]\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '').replace(/\s/g, '');
	const match = cleaned.match(/^(\d{1,12})(?:\.(\d{1,2}))?$/);
	if (!match) return null;
	const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
	return Number.isSafeInteger(minor) ? minor : null;
}

/** A form field holding money; error codes: money_required, money_invalid, money_too_small. */
export function moneyField(options: { min?: number } = {}) {
	const min = options.min ?? 0;
	return z
		.string('money_required')
		.trim()
		.min(1, 'money_required')
		.transform((text, context) => {
			const minor = parseMoneyText(text);
			if (minor === null) {
				context.addIssue({ code: 'custom', message: 'money_invalid' });
				return z.NEVER;
			}
			if (minor < min) {
				context.addIssue({ code: 'custom', message: 'money_too_small' });
				return z.NEVER;
			}
			return minor;
		});
}
