/** One Atom entry, already phrased in the reader's language. */
export interface AtomEntry {
	/** A URI that never changes for this entry (urn:uuid:… of the row it comes from). */
	id: string;
	title: string;
	updated: Date;
	published: Date;
	link: string;
	summary: string;
	/** The language the summary is written in, when it is not the feed's (a resident's text). */
	summaryLang?: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle: string;
	/** The feed's own address (rel="self") and the page it mirrors (rel="alternate"). */
	selfUrl: string;
	alternateUrl: string;
	authorName: string;
	lang: string;
	/** When nothing has happened yet, the feed is as old as this. */
	fallbackUpdated: Date;
	entries: AtomEntry[];
}

// XML 1.0 allows tab, newline and carriage return but no other control character, even escaped:
// text residents typed is cleaned of them so one stray byte cannot break everyone's feed reader.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const stamp = (date: Date) => date.toISOString();

/** An Atom 1.0 document (RFC 4287): feed id, title, updated, self link, author; text entries. */
export function renderAtomFeed(feed: AtomFeed): string {
	const updated = feed.entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), feed.entries.length ? new Date(0) : feed.fallbackUpdated);
	const entries = feed.entries.map(
		(entry) => `	<entry>
		<id>${escapeXml(entry.id)}</id>
		<title type="text">${escapeXml(entry.title)}</title>
		<updated>${stamp(entry.updated)}</updated>
		<published>${stamp(entry.published)}</published>
		<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
		<summary type="text"${entry.summaryLang ? ` xml:lang="${escapeXml(entry.summaryLang)}"` : ''}>${escapeXml(entry.summary)}</summary>
	</entry>
`
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
	<id>${escapeXml(feed.id)}</id>
	<title type="text">${escapeXml(feed.title)}</title>
	<subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>
	<updated>${stamp(updated)}</updated>
	<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
	<link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>
	<author><name>${escapeXml(feed.authorName)}</name></author>
${entries.join('')}</feed>
`;
}
