import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { places } from '../places/places.table';
import type { LocalizedText } from '../../localized-text';
import { REQUEST_ANSWERS, REQUEST_STATUSES } from '../../central-services/request-statuses';

export const serviceRequestStatus = pgEnum('service_request_status', REQUEST_STATUSES);
export const serviceRequestAnswer = pgEnum('service_request_answer', REQUEST_ANSWERS);

/** A part of the organisation that serves places (repairs, IT, finance …); a steward lists it. Not place-owned. */
export const centralServices = pgTable('central_services', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: jsonb('name').$type<LocalizedText>().notNull(),
	about: jsonb('about').$type<LocalizedText>().notNull().default({}),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** The people who answer for a service: only they answer its requests. */
export const centralServiceResponders = pgTable(
	'central_service_responders',
	{
		serviceId: uuid('service_id')
			.notNull()
			.references(() => centralServices.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.serviceId, table.userId] }), index('central_service_responders_user_idx').on(table.userId)]
);

/**
 * What a place asks of a service: what it needs, by when, why it matters here. Its status is the
 * latest answer's; the place rates it once it is closed (a DB check: a rating only on a closed request).
 */
export const serviceRequests = pgTable(
	'service_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		serviceId: uuid('service_id')
			.notNull()
			.references(() => centralServices.id),
		need: text('need').notNull(),
		neededBy: date('needed_by').notNull(),
		whyHere: text('why_here').notNull(),
		status: serviceRequestStatus('status').notNull().default('open'),
		raisedByUserId: uuid('raised_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
		rating: smallint('rating'),
		ratingWords: text('rating_words'),
		ratedByUserId: uuid('rated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		ratedAt: timestamp('rated_at', { withTimezone: true })
	},
	(table) => [
		unique('service_requests_id_place_unique').on(table.id, table.placeId),
		index('service_requests_service_idx').on(table.serviceId, table.raisedAt),
		index('service_requests_place_idx').on(table.placeId, table.raisedAt),
		check('service_requests_rating_range', sql`${table.rating} is null or ${table.rating} between 1 and 5`),
		check('service_requests_rated_when_closed', sql`${table.rating} is null or ${table.status} in ('done', 'cannot_do')`),
		check('service_requests_rating_has_words', sql`(${table.rating} is null) = (${table.ratingWords} is null)`)
	]
);

/** Each answer a service gave, always with words, dated: the request's history. */
export const serviceRequestAnswers = pgTable(
	'service_request_answers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		requestId: uuid('request_id').notNull(),
		answer: serviceRequestAnswer('answer').notNull(),
		words: text('words').notNull(),
		answeredByUserId: uuid('answered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'service_request_answers_request_place_fk', columns: [table.requestId, table.placeId], foreignColumns: [serviceRequests.id, serviceRequests.placeId] }).onDelete('cascade'),
		index('service_request_answers_request_idx').on(table.requestId, table.answeredAt),
		check('service_request_answers_words', sql`length(trim(${table.words})) > 0`)
	]
);

export type CentralService = typeof centralServices.$inferSelect;
export type ServiceRequest = typeof serviceRequests.$inferSelect;
