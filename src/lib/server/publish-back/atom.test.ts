import { describe, expect, it } from 'vitest';
import { renderAtomFeed, type AtomEntry } from './atom';
import { parseWellFormedXml } from '../testing/xml-check';

const feed = (entries: AtomEntry[]) => ({
	id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
	title: 'Brookfield: what is happening',
	subtitle: 'News',
	selfUrl: 'https://example.org/places/brookfield/feed.xml',
	alternateUrl: 'https://example.org/places/brookfield/you-said-we-did',
	authorName: 'Brookfield team',
	lang: 'en',
	fallbackUpdated: new Date('2026-01-01T00:00:00Z'),
	entries
});

const entry = (id: string, updated: string, summary: string): AtomEntry => ({
	id: `urn:uuid:${id}`,
	title: `Entry ${id}`,
	updated: new Date(updated),
	published: new Date(updated),
	link: 'https://example.org/a?b=1&c=2',
	summary
});

describe('an Atom feed', () => {
	it('is well-formed with a resident’s awkward text in it, and says it back unchanged', () => {
		const awkward = 'Fish & chips <b>“quoted”</b> \'single\' ]]> \u0007bell';
		const root = parseWellFormedXml(renderAtomFeed(feed([entry('a', '2026-03-01T10:00:00Z', awkward)])));
		expect(root.name).toBe('feed');
		expect(root.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
		const [item] = root.children.filter((c) => c.name === 'entry');
		expect(item.children.find((c) => c.name === 'summary')!.text).toBe(awkward.replace('\u0007', ''));
		expect(item.children.find((c) => c.name === 'link')!.attributes.href).toBe('https://example.org/a?b=1&c=2');
	});

	it('is as new as its newest entry, or as the place when it has none', () => {
		const updated = (xml: string) => parseWellFormedXml(xml).children.find((c) => c.name === 'updated')!.text;
		expect(updated(renderAtomFeed(feed([entry('a', '2026-03-01T10:00:00Z', 'x'), entry('b', '2026-04-01T10:00:00Z', 'y')])))).toBe('2026-04-01T10:00:00.000Z');
		expect(updated(renderAtomFeed(feed([])))).toBe('2026-01-01T00:00:00.000Z');
	});

	it('has the parts RFC 4287 requires of a feed: id, title, updated, author and a self link', () => {
		const root = parseWellFormedXml(renderAtomFeed(feed([])));
		expect(root.children.map((c) => c.name)).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'author', 'link']));
		expect(root.children.find((c) => c.name === 'link' && c.attributes.rel === 'self')!.attributes.href).toBe('https://example.org/places/brookfield/feed.xml');
	});
});

describe('the well-formedness check used on feeds', () => {
	it('refuses what a feed reader would refuse', () => {
		for (const bad of ['<a><b></a></b>', '<a>x & y</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>', 'text<a/>', '<a>1 < 2</a>']) {
			expect(() => parseWellFormedXml(bad), bad).toThrow();
		}
		expect(parseWellFormedXml('<?xml version="1.0"?>\n<a q=\'&amp;\'><b>1 &lt; 2</b></a>\n').children[0].text).toBe('1 < 2');
	});
});
