import { z } from 'zod';
import { readPlaceTime } from '../../place-time';
import { PHASE_KINDS } from '../../cycles/phase-kinds';
import { IDEA_HIDE_REASONS } from '../../workshops/hide-reasons';
import { AGENDA_DIRECTIONS, DOT_TARGETS, LAND_INTO, PLANNED_ACTIVITY_KINDS, type DotTarget } from '../../workshops/workshop-kinds';
import { uuid } from '../../validation/fields';

/** Short enough for a projector's heading and a poster. */
export const WORKSHOP_TITLE_MAX = 120;
export const WORKSHOP_VENUE_MAX = 120;
export const ACTIVITY_PROMPT_MAX = 200;
export const POLL_OPTION_MAX = 80;
export const THEME_NAME_MAX = 60;

const text = (max: number, missing: string, tooLong: string) =>
	z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

// Read on the place's clock: one reader for every form that takes a date and a time.
export { readPlaceTime } from '../../place-time';

/** The agenda item the team adds: what kind, its prompt, and the settings that kind needs. */
export const activityForm = z
	.object({
		kind: z.enum(PLANNED_ACTIVITY_KINDS, 'workshop_activity_kind_missing'),
		prompt: text(ACTIVITY_PROMPT_MAX, 'workshop_prompt_missing', 'workshop_prompt_too_long'),
		dotsPerPerson: z.string().optional(),
		dotTarget: z.string().optional(),
		pollOptions: z.string().optional()
	})
	.transform((form, context) => {
		const base = { kind: form.kind, prompt: form.prompt, dotsPerPerson: null as number | null, dotTarget: null as DotTarget | null, pollOptions: [] as string[] };
		if (form.kind === 'dots') {
			const dots = Number((form.dotsPerPerson ?? '').trim());
			if (!Number.isInteger(dots) || dots < 1 || dots > 20) context.addIssue({ code: 'custom', path: ['dotsPerPerson'], message: 'workshop_dots_range' });
			const target = DOT_TARGETS.find((t) => t === form.dotTarget);
			if (!target) context.addIssue({ code: 'custom', path: ['dotTarget'], message: 'workshop_dot_target_missing' });
			return { ...base, dotsPerPerson: dots, dotTarget: target ?? null };
		}
		if (form.kind === 'poll') {
			// One option a line: a plain textarea works on any phone and without JavaScript.
			const options = (form.pollOptions ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
			if (options.length < 2 || options.length > 6) context.addIssue({ code: 'custom', path: ['pollOptions'], message: 'workshop_poll_options_count' });
			else if (options.some((o) => o.length > POLL_OPTION_MAX)) context.addIssue({ code: 'custom', path: ['pollOptions'], message: 'workshop_poll_option_too_long' });
			return { ...base, pollOptions: options };
		}
		return base;
	});

export type ActivityInput = z.output<typeof activityForm>;

/** A new workshop: what, where, when (in the place's clock), for which phase, and its first activity. */
export function createWorkshopForm(timeZone: string) {
	return z
		.object({
			title: text(WORKSHOP_TITLE_MAX, 'workshop_title_missing', 'workshop_title_too_long'),
			venue: text(WORKSHOP_VENUE_MAX, 'workshop_venue_missing', 'workshop_venue_too_long'),
			day: z.string({ error: 'workshop_day_missing' }).trim().min(1, 'workshop_day_missing'),
			time: z.string({ error: 'workshop_time_missing' }).trim().min(1, 'workshop_time_missing'),
			phaseKind: z.enum(PHASE_KINDS, 'workshop_phase_missing')
		})
		.transform((form, context) => {
			const startsAt = readPlaceTime(form.day, form.time, timeZone);
			if (!startsAt) context.addIssue({ code: 'custom', path: ['day'], message: 'workshop_time_invalid' });
			return { title: form.title, venue: form.venue, phaseKind: form.phaseKind, startsAt: startsAt ?? new Date(0) };
		});
}

export const themeForm = z.object({ name: text(THEME_NAME_MAX, 'workshop_theme_missing', 'workshop_theme_too_long') });

/** Hiding an idea names its public reason from the fixed list. */
export const hideIdeaForm = z.object({ ideaId: uuid('workshop_idea_unknown'), reason: z.enum(IDEA_HIDE_REASONS, { error: 'workshop_hide_reason_missing' }) });
/** Moving an idea into a theme, or out of every theme (the empty choice). */
export const moveIdeaForm = z.object({ ideaId: uuid('workshop_idea_unknown'), themeId: z.union([z.literal(''), uuid('workshop_theme_unknown')]).transform((id) => id || null) });
export const activityIdForm = z.object({ activityId: uuid('workshop_activity_unknown'), direction: z.enum(AGENDA_DIRECTIONS).optional() });

const count = (code: string, optional: boolean) =>
	z
		.string()
		.optional()
		.transform((s, context) => {
			const typed = (s ?? '').trim();
			if (typed === '') {
				if (!optional) context.addIssue({ code: 'custom', message: 'workshop_attendance_total_missing' });
				return null;
			}
			const n = Number(typed);
			if (!/^\d+$/.test(typed) || n > 100_000) context.addIssue({ code: 'custom', message: code });
			return n;
		});

/** Attendance as counts only: how many came, and optionally how many were under 25 or over 65. */
export const attendanceForm = z
	.object({ total: count('workshop_attendance_invalid', false), under25: count('workshop_attendance_invalid', true), over65: count('workshop_attendance_invalid', true) })
	.superRefine((form, context) => {
		if (form.total !== null && (form.under25 ?? 0) + (form.over65 ?? 0) > form.total) context.addIssue({ code: 'custom', path: ['under25'], message: 'workshop_attendance_bands_over_total' });
	});

export type AttendanceInput = z.output<typeof attendanceForm>;

/** Where the room's ideas land: discover posts of one kind, or proposals of the cycle. */
export const landForm = z.object({ into: z.enum(LAND_INTO, 'workshop_land_into_missing') });

/** The limits the error messages name ("Keep it to {max} characters"). */
export const formLimits = { max: WORKSHOP_TITLE_MAX, promptMax: ACTIVITY_PROMPT_MAX, optionMax: POLL_OPTION_MAX, themeMax: THEME_NAME_MAX };
