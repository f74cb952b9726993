import type { ParamMatcher } from '@sveltejs/kit';
import { isUuid } from '$lib/validation/fields';

/** A route segment that is a record's id (`[photo=uuid]`); anything else is no page of ours, a 404. */
export const match = ((param: string): param is string => isUuid(param)) satisfies ParamMatcher;
