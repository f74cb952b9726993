import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { m } from '$lib/paraglide/messages';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

/** A4 in points, cut into 2 × 4 cards: each about 105 × 74 mm, the size of a postcard's half. */
const PAGE = { width: 595.28, height: 841.89 };
const COLUMNS = 2;
const ROWS = 4;
export const CARDS_PER_PAGE = COLUMNS * ROWS;
const CARD = { width: PAGE.width / COLUMNS, height: PAGE.height / ROWS };
const PAD = 18;
/** About 35 mm: a version-4 QR's modules come out near 1 mm, easy for an old phone's camera. */
const QR_SIZE = 100;

export interface LetterCodeCards {
	placeName: string;
	cycleTitle: string;
	codes: string[];
	/** Who each card is for, by index (codes printed from the voter register), so letters can be addressed. */
	addressees?: (string | null)[];
	/** The site's origin, e.g. https://placecraft.example: the card's short URL and QR point there. */
	origin: string;
	language: Locale;
	/** Tests read the text back; real downloads keep pdfkit's compression. */
	compress?: boolean;
}

/**
 * Printable cards, one per code: the place and cycle, the code in big fixed-width letters, the short
 * URL to type it in, and a QR code of the URL with the code in it — drawn as vector squares, so it
 * prints sharp at any size. The words come in the language the team chose for these letters.
 */
export async function renderLetterCodesPdf(cards: LetterCodeCards): Promise<Uint8Array> {
	const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, compress: cards.compress ?? true, info: { Title: printable(`${cards.placeName} – ${cards.cycleTitle}`) } });
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Uint8Array>((resolve, reject) => {
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.on('error', reject);
	});
	const shortPath = localizeHref('/v', { locale: cards.language });
	for (const [index, code] of cards.codes.entries()) {
		const slot = index % CARDS_PER_PAGE;
		if (slot === 0) {
			// 5000 cards take seconds to draw: let other requests (votes!) in between pages.
			if (index > 0) await new Promise((resolve) => setImmediate(resolve));
			doc.addPage();
			drawCutLines(doc);
		}
		const x = (slot % COLUMNS) * CARD.width;
		const y = Math.floor(slot / COLUMNS) * CARD.height;
		drawCard(doc, { x, y }, cards, code, shortPath, cards.addressees?.[index] ?? null);
	}
	doc.end();
	return done;
}

function drawCard(doc: PDFKit.PDFDocument, at: { x: number; y: number }, cards: LetterCodeCards, code: string, shortPath: string, addressee: string | null) {
	const locale = cards.language;
	const inner = CARD.width - 2 * PAD;
	const textWidth = inner - QR_SIZE - 12;
	doc.fillColor('#000');
	if (addressee) {
		doc.font('Helvetica').fontSize(7).text(printable(m.letter_codes_card_for({ addressee }, { locale })), at.x + PAD, at.y + 7, { width: inner, height: 9, ellipsis: true, lineBreak: false });
	}
	doc.font('Helvetica-Bold').fontSize(11).text(printable(cards.placeName), at.x + PAD, at.y + PAD, { width: inner, height: 14, ellipsis: true, lineBreak: false });
	doc.font('Helvetica').fontSize(10).text(printable(cards.cycleTitle), at.x + PAD, at.y + PAD + 15, { width: inner, height: 13, ellipsis: true, lineBreak: false });

	const top = at.y + PAD + 38;
	drawQr(doc, `${cards.origin}${shortPath}/${code}`, at.x + CARD.width - PAD - QR_SIZE, top);
	doc.font('Helvetica-Bold').fontSize(12).text(printable(m.letter_codes_card_heading({}, { locale })), at.x + PAD, top, { width: textWidth });
	doc.moveDown(0.3);
	doc.font('Courier-Bold').fontSize(15).text(code, { width: textWidth, lineBreak: false });
	doc.moveDown(0.6);
	const url = `${cards.origin.replace(/^https:\/\//, '')}${shortPath}`;
	doc.font('Helvetica').fontSize(9).text(printable(m.letter_codes_card_type_at({}, { locale })), { width: textWidth });
	doc.font('Helvetica-Bold').fontSize(10).text(url, { width: textWidth });
	doc.font('Helvetica').fontSize(9).moveDown(0.3).text(printable(m.letter_codes_card_scan({}, { locale })), { width: textWidth });
	doc.font('Helvetica').fontSize(9).text(printable(m.letter_codes_card_once({}, { locale })), at.x + PAD, at.y + CARD.height - PAD - 11, { width: inner, lineBreak: false });
}

/** The QR's dark modules as filled rectangles, a row's neighbouring modules merged into one. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number) {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const unit = QR_SIZE / modules.size;
	for (let row = 0; row < modules.size; row++) {
		let col = 0;
		while (col < modules.size) {
			if (!modules.get(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < modules.size && modules.get(row, col)) col++;
			// A hair of overlap so no white seams show between neighbours when printed.
			doc.rect(x + start * unit, y + row * unit, (col - start) * unit + 0.05, unit + 0.05);
		}
	}
	doc.fillColor('#000').fill();
}

/** Dashed lines where the cards are cut apart. */
function drawCutLines(doc: PDFKit.PDFDocument) {
	doc.save().lineWidth(0.5).strokeColor('#8a8a8a').dash(4, { space: 4 });
	for (let col = 1; col < COLUMNS; col++) doc.moveTo(col * CARD.width, 0).lineTo(col * CARD.width, PAGE.height);
	for (let row = 1; row < ROWS; row++) doc.moveTo(0, row * CARD.height).lineTo(PAGE.width, row * CARD.height);
	doc.stroke().undash().restore();
}

// pdfkit's built-in fonts (no font files to ship) write Windows-1252: Welsh's â ê î ô û are in it,
// ŵ and ŷ are not. Letters outside it lose their accent (ŵ → w) rather than print as garbage.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
function printable(text: string): string {
	return Array.from(text, (char) => {
		const code = char.codePointAt(0)!;
		if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) return char;
		const base = char.normalize('NFD').replace(/\p{M}/gu, '');
		return base.length === 1 && base.codePointAt(0)! <= 0x7e ? base : '?';
	}).join('');
}
