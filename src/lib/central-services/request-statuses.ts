/** Where a place's request to a central service stands. One list: the table's enum, forms and pages use it. */
export const REQUEST_STATUSES = ['open', 'accepted', 'done', 'cannot_do'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** What a service may answer; every answer moves the request to that status. */
export const REQUEST_ANSWERS = ['accepted', 'done', 'cannot_do'] as const;
export type RequestAnswer = (typeof REQUEST_ANSWERS)[number];

/** A closed request is finished: the place that raised it may rate it, nobody may answer it again. */
export function isClosed(status: RequestStatus): boolean {
	return status === 'done' || status === 'cannot_do';
}

/** Answers that may follow a status: accepted work is then done or not; a closed request takes none. */
export function answersAfter(status: RequestStatus): readonly RequestAnswer[] {
	if (status === 'open') return REQUEST_ANSWERS;
	if (status === 'accepted') return ['done', 'cannot_do'];
	return [];
}

export const RATING_SCORES = [1, 2, 3, 4, 5] as const;
