import { describe, expect, it } from 'vitest';
import { checkEligibility, type Claimant, type EligibilityRules } from './check-eligibility';
import { normalizePostcode, postcodeInArea } from './postcode';
import { readVoterRegister } from './read-voter-register';

describe('postcodes', () => {
	it('compare equal however they are typed', () => {
		for (const typed of ['cf10 1aa', 'CF101AA', ' cf10   1AA ']) expect(normalizePostcode(typed)).toBe('CF10 1AA');
		expect(normalizePostcode('00-950')).toBe('00-950');
		expect(normalizePostcode('<script>')).toBeNull();
		expect(normalizePostcode('')).toBeNull();
	});

	it('match the area by prefix, or by whole outward code when the prefix ends in a space', () => {
		expect(postcodeInArea('cf10 1aa', ['CF10'])).toBe(true);
		// A whole district means that district: CF1 is not CF10.
		expect(postcodeInArea('CF10 1AA', ['CF1'])).toBe(false);
		expect(postcodeInArea('CF1 2AB', ['cf1'])).toBe(true);
		// Shorter (the area) or longer (a sector) compares as the start.
		expect(postcodeInArea('CF10 1AA', ['CF'])).toBe(true);
		expect(postcodeInArea('CF10 1AA', ['CF10 1'])).toBe(true);
		expect(postcodeInArea('CF10 2AA', ['CF10 1'])).toBe(false);
		expect(postcodeInArea('NP20 1AA', ['CF10', 'CF11'])).toBe(false);
		expect(postcodeInArea('not a postcode!', ['CF10'])).toBe(false);
	});
});

describe('eligibility', () => {
	const rules: EligibilityRules = { postcodePrefixes: ['CF10'], minimumAge: 11, registerOnly: false };
	const resident: Claimant = { verified: true, postcode: 'CF10 1AA', confirmsAge: true, onRegister: false, alreadyVoted: false };

	it('answers a status the page can act on, most important first', () => {
		expect(checkEligibility(rules, resident)).toBe('eligible');
		expect(checkEligibility(rules, { ...resident, verified: false, alreadyVoted: true })).toBe('not_verified');
		expect(checkEligibility(rules, { ...resident, alreadyVoted: true, postcode: 'NP20 1AA' })).toBe('already_voted');
		expect(checkEligibility(rules, { ...resident, postcode: null })).toBe('postcode_needed');
		expect(checkEligibility(rules, { ...resident, postcode: 'NP20 1AA' })).toBe('not_in_area');
		expect(checkEligibility(rules, { ...resident, confirmsAge: null })).toBe('age_needed');
		expect(checkEligibility(rules, { ...resident, confirmsAge: false })).toBe('too_young');
	});

	it('lets a place open its vote to anyone, or only to its register', () => {
		const open: EligibilityRules = { postcodePrefixes: [], minimumAge: null, registerOnly: false };
		expect(checkEligibility(open, { ...resident, postcode: null, confirmsAge: null })).toBe('eligible');
		expect(checkEligibility({ ...rules, registerOnly: true }, resident)).toBe('not_on_register');
		// A register entry is the team's own word that the person lives in the area.
		expect(checkEligibility({ ...rules, registerOnly: true }, { ...resident, onRegister: true, postcode: null })).toBe('eligible');
	});
});

describe('voter register files', () => {
	it('reads good rows and reports each bad one by its line', () => {
		const file = '\uFEFFName,Reference,Postcode\r\nAled Jones,A-001,cf10 1aa\r\n,A-002,CF10 2BB\r\nNo Ref,,CF10 3CC\r\nBad Code,A-004,!!\r\nTwice,a-001,CF10 1AA\r\n"Evans, Sian",A-006,CF11 9AB\r\n';
		const read = readVoterRegister(file);
		expect(read).toEqual({
			ok: true,
			entries: [
				{ line: 2, reference: 'A-001', postcode: 'CF10 1AA', name: 'Aled Jones' },
				{ line: 3, reference: 'A-002', postcode: 'CF10 2BB', name: null },
				{ line: 7, reference: 'A-006', postcode: 'CF11 9AB', name: 'Evans, Sian' }
			],
			problems: [
				{ line: 4, code: 'reference_missing' },
				{ line: 5, code: 'postcode_invalid' },
				{ line: 6, code: 'duplicate_reference' }
			]
		});
	});

	it('reads semicolon-separated files from spreadsheets set to other locales', () => {
		const read = readVoterRegister('reference;postcode\nB1;CF10 1AA\n');
		expect(read).toMatchObject({ ok: true, entries: [{ reference: 'B1', postcode: 'CF10 1AA' }] });
	});

	it('imports nothing from a file it cannot read, and says why', () => {
		expect(readVoterRegister('')).toEqual({ ok: false, code: 'empty' });
		expect(readVoterRegister('name,email\nA,a@example.org\n')).toEqual({ ok: false, code: 'columns_missing', line: 1 });
		expect(readVoterRegister('reference,postcode\n"A1,CF10 1AA\n')).toMatchObject({ ok: false, code: 'not_csv' });
	});
});
