/** The number settings; those that may be left empty mean "no limit" when they are. */
const NUMBERS = ['approvalMinChoices', 'approvalMaxChoices', 'knapsackMinSpendPercent', 'cumulativePoints', 'cumulativeMaxPerProject', 'rankedTop', 'minimumAge'] as const;
const CHECKBOXES = ['votingOpen', 'registerOnly', 'revoting'] as const;

/**
 * The settings form as the schema reads it. Whole numbers become numbers and an empty box becomes
 * null ("no limit", or "required" where a number must be given); anything else is passed on as
 * typed, so the schema names the field rather than this guessing. A ticked box sends "yes", an
 * unticked one nothing. Postcode areas are one box, split on commas and new lines.
 */
export function readVoteSettingsForm(values: Record<string, string>): Record<string, unknown> {
	const settings: Record<string, unknown> = {
		ballotType: values.ballotType ?? null,
		outcomeRule: values.outcomeRule ?? null,
		postcodePrefixes: [
			...new Set(
				(values.postcodePrefixes ?? '')
					.split(/[,\n]/)
					.map((prefix) => prefix.trim().toUpperCase())
					.filter(Boolean)
			)
		]
	};
	for (const name of NUMBERS) {
		const text = (values[name] ?? '').trim();
		settings[name] = text === '' ? null : /^\d{1,6}$/.test(text) ? Number(text) : text;
	}
	for (const name of CHECKBOXES) settings[name] = values[name] === 'yes';
	return settings;
}

/** What the form shows for a saved list of postcode areas. */
export const prefixesText = (prefixes: readonly string[]) => prefixes.join(', ');
