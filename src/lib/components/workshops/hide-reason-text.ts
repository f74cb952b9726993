import { m } from '$lib/paraglide/messages';
import type { IdeaHideReason } from '$lib/workshops/hide-reasons';

const texts: Record<IdeaHideReason, () => string> = {
	off_topic: () => m.workshop_hide_reason_off_topic(),
	unkind: () => m.workshop_hide_reason_unkind(),
	personal_details: () => m.workshop_hide_reason_personal_details(),
	repeat: () => m.workshop_hide_reason_repeat()
};

/** A hiding reason in the reader's language. */
export function hideReasonText(reason: IdeaHideReason): string {
	return texts[reason]();
}
