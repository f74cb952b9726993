import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'messages');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
/** A message is a text, or (plurals) a list of variants chosen by a selector: inlang message format. */
type Message = string | { declarations: string[]; selectors: string[]; match: Record<string, string> }[];
const load = (file: string): Record<string, Message> => {
	const { $schema: _schema, ...messages } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	return messages;
};
const variants = (message: Message) => (typeof message === 'string' ? [message] : message.flatMap((m) => Object.values(m.match)));
const placeholders = (message: Message) => [...new Set(variants(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
/** The plural forms a language's numbers need (CLDR): English one/other, Welsh zero/one/two/few/many/other. */
const pluralForms: Record<string, string[]> = { 'en.json': ['one', '*'], 'cy.json': ['zero', 'one', 'two', 'few', 'many', '*'] };
const formsOf = (message: Message) => (typeof message === 'string' ? [] : message.flatMap((m) => Object.keys(m.match).map((key) => key.split('=')[1])));
const english = load('en.json');

describe('every language', () => {
	it('includes Welsh and English', () => {
		expect(files).toEqual(expect.arrayContaining(['en.json', 'cy.json']));
	});

	describe.each(files.filter((f) => f !== 'en.json'))('%s', (file) => {
		const messages = load(file);

		it('has every message English has, and no others', () => {
			expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
		});

		it('has no empty message', () => {
			expect(Object.entries(messages).filter(([, message]) => variants(message).some((text) => !text.trim()))).toEqual([]);
		});

		it('uses the same placeholders as English in each message', () => {
			const mismatched = Object.keys(english).filter(
				(key) => key in messages && placeholders(messages[key]).join() !== placeholders(english[key]).join()
			);
			expect(mismatched).toEqual([]);
		});

		it('gives a message that counts every plural form of the language, where English counts it too', () => {
			const counted = Object.keys(english).filter((key) => typeof english[key] !== 'string');
			expect(counted.filter((key) => formsOf(messages[key]).sort().join() !== [...pluralForms[file]].sort().join())).toEqual([]);
		});
	});

	it('English counts with one and other', () => {
		const counted = Object.keys(english).filter((key) => typeof english[key] !== 'string');
		expect(counted.filter((key) => formsOf(english[key]).sort().join() !== [...pluralForms['en.json']].sort().join())).toEqual([]);
	});
});
