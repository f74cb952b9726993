import { describe, expect, it } from 'vitest';
import { newLetterCode } from './letter-codes';
import { renderLetterCodesPdf } from './letter-codes-pdf';

const cards = { placeName: "St Elwyn's", cycleTitle: 'A place for young people', origin: 'https://placecraft.example' };

/** The text drawn on the pages: pdfkit writes each run of text as hex strings inside [...] TJ. */
function textOf(pdf: Uint8Array): string {
	const source = Buffer.from(pdf).toString('latin1');
	return [...source.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)]
		.map(([, runs]) => [...runs.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
		.join('\n');
}

const pageCount = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('letter code cards', () => {
	it('prints eight cards on each A4 page, each with its code, the place and the short URL', async () => {
		const codes = Array.from({ length: 17 }, newLetterCode);
		const pdf = await renderLetterCodesPdf({ ...cards, codes, language: 'en', compress: false });
		expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
		expect(pageCount(pdf)).toBe(3);
		expect(Buffer.from(pdf).toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
		const text = textOf(pdf);
		for (const code of codes) expect(text).toContain(code);
		expect(text.match(/Your voting code/g)).toHaveLength(17);
		expect(text).toContain("St Elwyn's");
		expect(text).toContain('placecraft.example/v');
	});

	it('speaks Welsh on Welsh cards, and sends Welsh readers to the Welsh page', async () => {
		const pdf = await renderLetterCodesPdf({ ...cards, placeName: 'Llanelwyn', codes: ['ABCD-EFGH-JKLM'], language: 'cy', compress: false });
		const text = textOf(pdf);
		expect(text).toContain('Eich cod pleidleisio');
		expect(text).toContain('placecraft.example/cy/v');
		expect(text).not.toContain('Your voting code');
	});

	it('prints ŵ and ŷ, which the built-in fonts lack, as plain w and y rather than garbage', async () => {
		const pdf = await renderLetterCodesPdf({ ...cards, cycleTitle: 'Dŵr a chŷn', codes: ['ABCD-EFGH-JKLM'], language: 'cy', compress: false });
		expect(textOf(pdf)).toContain('Dwr a chyn');
	});

	it('draws the QR code as vector squares, not a picture', async () => {
		const pdf = await renderLetterCodesPdf({ ...cards, codes: ['ABCD-EFGH-JKLM'], language: 'en', compress: false });
		const source = Buffer.from(pdf).toString('latin1');
		expect(source).not.toContain('/Subtype /Image');
		// Finder patterns alone are three 7-module squares: well over 20 rectangles.
		expect(source.match(/ re\n/g)!.length).toBeGreaterThan(20);
	});

	// The largest batch the team may ask for comes out whole (its time is printed, not asserted: speed lives in bench/).
	it('prints the largest batch, 5000 codes, on 625 pages, compressed', async () => {
		const started = performance.now();
		const pdf = await renderLetterCodesPdf({ ...cards, codes: Array.from({ length: 5000 }, newLetterCode), language: 'en' });
		expect(pageCount(pdf)).toBe(625);
		console.log(`5000 cards: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(pdf.byteLength / 1e6).toFixed(1)} MB`);
	}, 120_000);
});
