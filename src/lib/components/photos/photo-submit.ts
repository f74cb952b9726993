import { applyAction } from '$app/forms';
import type { SubmitFunction } from '@sveltejs/kit';
import { PHOTO_MAX_BYTES, PHOTO_MAX_MEGABYTES } from '$lib/photos/photo-limits';

/**
 * use:enhance for a form with a photo field. With JavaScript, a photo over the limit is refused
 * before minutes of uploading on a slow network (the server refuses it too, for everyone else);
 * and as the chosen file stays chosen after an error, "choose your photo again" is not said.
 */
export function submitWithPhoto(form: string): SubmitFunction {
	return ({ formData, formElement, cancel }) => {
		const photo = formData.get('photo');
		if (photo instanceof File && photo.size > PHOTO_MAX_BYTES) {
			cancel();
			const values = Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
			void applyAction({ type: 'failure', status: 413, data: { errors: { photo: 'photo_too_large' }, values, params: { megabytes: PHOTO_MAX_MEGABYTES }, form } });
			return;
		}
		return async ({ result, update }) => {
			const chosen = formElement.querySelector<HTMLInputElement>('input[type=file]')?.files?.length;
			const errors = result.type === 'failure' ? (result.data?.errors as Record<string, string> | undefined) : undefined;
			if (chosen && errors?.photo === 'photo_choose_again') delete errors.photo;
			await update();
		};
	};
}
