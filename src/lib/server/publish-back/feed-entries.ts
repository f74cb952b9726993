import { m } from '$lib/paraglide/messages';
import { changeKindText } from '$lib/components/publish-back/change-words';
import { pickText, textLocale, type LocalizedText } from '../../localized-text';
import { formatMoney } from '../../format';
import type { AtomEntry } from './atom';
import { libraryEntryPath } from '../../library/library-entry';
import type { FeedEvent } from './place-feed.queries';

/**
 * Each public event as an Atom entry in the reader's language: a short title, a plain-text
 * summary (a resident's or the team's own words keep their language) and the page it is on.
 * `href` turns a site path into the absolute, localised address a feed reader needs.
 */
export function feedEntries(events: FeedEvent[], place: { slug: string; languages: string[]; currency?: string }, locale: string, href: (path: string) => string): AtomEntry[] {
	const text = (value: LocalizedText | null) => pickText(value, locale, place.languages);
	// xml:lang only where the words are not in the feed's own language.
	const other = (lang: string) => (lang === locale ? undefined : lang);
	const cyclePath = (event: { cycleSlug: string }) => `/places/${place.slug}/cycles/${event.cycleSlug}`;
	// A delivery's own page, named by its proposal's number (where its news, steps and spending are).
	const deliveryPath = (event: { cycleSlug: string; proposalNumber: number }) => `${cyclePath(event)}/deliveries/${event.proposalNumber}`;
	return events.map((event) => {
		const base = { id: `urn:uuid:${event.id}`, updated: event.at, published: event.publishedAt };
		if (event.kind === 'small_sums_spend') {
			const amount = formatMoney(event.amountMinor, place.currency ?? 'GBP', locale);
			return event.correction
				? { ...base, title: m.feed_small_sums_correction_title({ item: event.item, amount }), summary: event.reason ?? '', link: href(`/places/${place.slug}/small-sums`) }
				: { ...base, title: m.feed_small_sums_title({ item: event.item, amount }), summary: m.feed_small_sums_summary({ supplier: event.supplier, purpose: event.purpose }), link: href(`/places/${place.slug}/small-sums`) };
		}
		if (event.kind === 'record_checked') {
			return { ...base, title: m.feed_record_title({ count: event.length }), summary: m.feed_record_summary({ count: event.length, hash: event.hash }), link: href(`/places/${place.slug}/record`) };
		}
		const cycle = text(event.cycleTitle);
		switch (event.kind) {
			case 'challenge_published': {
				// The place may not have written it in the reader's language: say which one it is in.
				const summary = text(event.summary) ? event.summary : event.cycleTitle;
				const lang = textLocale(summary, locale, place.languages);
				return { ...base, title: m.feed_challenge_title({ question: text(event.question) }), summary: text(summary), summaryLang: other(lang), link: href(`${cyclePath(event)}/challenges`) };
			}
			case 'result_counted':
				return {
					...base,
					title: event.potName ? m.feed_result_pot_title({ cycle, pot: text(event.potName) }) : m.feed_result_title({ cycle }),
					summary: event.funded.length > 0 ? m.feed_result_summary({ ballots: event.ballotCount, funded: event.funded.join(', ') }) : m.feed_result_summary_none({ ballots: event.ballotCount }),
					link: href(`${cyclePath(event)}/results`)
				};
			case 'decision_statement':
				return { ...base, title: m.feed_decision_title({ cycle }), summary: event.body, summaryLang: other(event.language), link: href(`${cyclePath(event)}/results`) };
			case 'result_change': {
				const about = event.proposalNumber === null ? '' : `${m.yswd_proposal_number({ number: event.proposalNumber })}${event.proposalTitle ? `: ${event.proposalTitle}` : ''}. `;
				return { ...base, title: m.feed_change_title({ cycle }), summary: `${about}${changeKindText(event.changeKind)}. ${m.yswd_change_reason({ reason: event.reason })}`, link: href(`${cyclePath(event)}/results`) };
			}
			case 'delivery_update':
				return { ...base, title: m.feed_update_title({ title: event.proposalTitle }), summary: event.body, summaryLang: other(event.language), link: href(deliveryPath(event)) };
			case 'delivery_finished':
				return {
					...base,
					title: event.status === 'done' ? m.feed_done_title({ title: event.proposalTitle }) : m.feed_stopped_title({ title: event.proposalTitle }),
					summary: event.reason,
					link: href(deliveryPath(event))
				};
			case 'library_entry':
				return {
					...base,
					title: m.feed_library_title({ title: event.proposalTitle }),
					summary: event.summary,
					summaryLang: other(event.proposalLanguage),
					link: href(libraryEntryPath({ place, cycle: { slug: event.cycleSlug }, number: event.proposalNumber }))
				};
			case 'learning_published':
				return { ...base, title: m.feed_learning_title({ cycle }), summary: m.feed_learning_summary({ cycle }), link: href(`${cyclePath(event)}/learning`) };
		}
	});
}
