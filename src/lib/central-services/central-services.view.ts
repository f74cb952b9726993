import type { LocalizedText } from '../localized-text';
import type { RequestAnswer, RequestStatus } from './request-statuses';

/** A request as the service's page and the place's list draw it. */
export interface RequestSummary {
	id: string;
	placeSlug: string;
	placeName: LocalizedText;
	placeLanguages: string[];
	placeTimeZone: string;
	serviceSlug: string;
	serviceName: LocalizedText;
	need: string;
	neededBy: string;
	status: RequestStatus;
	raisedAt: string;
	rating: number | null;
	ratingWords: string | null;
}

/** One dated step of a request: raised, then each answer with its words. */
export interface RequestStep {
	kind: 'raised' | RequestAnswer;
	words: string;
	at: string;
	by: string | null;
}
