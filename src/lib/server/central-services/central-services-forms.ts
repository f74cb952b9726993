import { z } from 'zod';
import { readDayText } from '../delivery/delivery-forms';
import { REQUEST_ANSWERS } from '../../central-services/request-statuses';
import { optionalText, uuid } from '../../validation/fields';

const text = (max: number, missing: string, tooLong: string) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

/** A steward lists a service: its name in English and in Welsh (neither less favourably), and what it does. */
export const serviceForm = z.object({
	nameEn: text(120, 'service_name_missing', 'service_name_too_long'),
	nameCy: text(120, 'service_name_missing', 'service_name_too_long'),
	aboutEn: optionalText(600, 'service_about_too_long'),
	aboutCy: optionalText(600, 'service_about_too_long')
});

export const responderForm = z.object({ email: z.string({ error: 'responder_email_invalid' }).trim().toLowerCase().pipe(z.email('responder_email_invalid')) });

export const removeResponderForm = z.object({ userId: uuid('service_unknown') });

/** What a place asks: which service, what it needs, by which day (today or later, on the place's clock), why it matters here. */
export const requestForm = (today: string) =>
	z.object({
		serviceId: uuid('service_unknown'),
		need: text(1000, 'request_need_missing', 'request_need_too_long'),
		neededBy: z
			.string({ error: 'request_needed_by_missing' })
			.trim()
			.min(1, 'request_needed_by_missing')
			.transform((typed, context) => {
				const day = readDayText(typed);
				if (!day) context.addIssue({ code: 'custom', message: 'request_needed_by_invalid' });
				else if (day < today) context.addIssue({ code: 'custom', message: 'request_needed_by_past' });
				return day ?? z.NEVER;
			}),
		whyHere: text(1000, 'request_why_missing', 'request_why_too_long')
	});

/** A service's answer: always with words. */
export const answerForm = z.object({
	answer: z.enum(REQUEST_ANSWERS, { error: 'request_answer_missing' }),
	words: text(2000, 'request_words_missing', 'request_words_too_long')
});

/** The place's rating of a closed request: 1 to 5 and a sentence. */
export const ratingForm = z.object({
	score: z.coerce.number({ error: 'rating_score_missing' }).int('rating_score_missing').min(1, 'rating_score_missing').max(5, 'rating_score_missing'),
	words: text(1000, 'rating_words_missing', 'rating_words_too_long')
});
