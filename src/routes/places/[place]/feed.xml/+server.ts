import { pickText } from '$lib/localized-text';
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { getDatabase } from '$lib/server/platform/db';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { renderAtomFeed } from '$lib/server/publish-back/atom';
import { feedEntries } from '$lib/server/publish-back/feed-entries';
import { listPlaceFeedEvents } from '$lib/server/publish-back/place-feed.queries';
import type { RequestHandler } from './$types';

/** The place's public events as an Atom 1.0 feed, newest first, in the language of the address. */
export const GET: RequestHandler = async ({ params, url }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	const locale = getLocale();
	const name = pickText(place.name, locale, place.languages);
	const href = (path: string) => new URL(localizeHref(path), url.origin).href;
	const xml = renderAtomFeed({
		id: `urn:uuid:${place.id}`,
		title: m.feed_title({ place: name }),
		subtitle: m.feed_subtitle({ place: name }),
		selfUrl: `${url.origin}${url.pathname}`,
		alternateUrl: href(`/places/${place.slug}/you-said-we-did`),
		authorName: m.feed_author({ place: name }),
		lang: locale,
		fallbackUpdated: place.updatedAt,
		entries: feedEntries(await listPlaceFeedEvents(db, place), place, locale, href)
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
