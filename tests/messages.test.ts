import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'messages');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string): Record<string, string> => {
	const { $schema: _schema, ...messages } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	return messages;
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
			expect(Object.entries(messages).filter(([, text]) => !text.trim())).toEqual([]);
		});

		it('uses the same placeholders as English in each message', () => {
			const mismatched = Object.keys(english).filter(
				(key) => key in messages && placeholders(messages[key]).join() !== placeholders(english[key]).join()
			);
			expect(mismatched).toEqual([]);
		});
	});
});
