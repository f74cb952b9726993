/** What a page needs to show a photo: its description and both sizes' dimensions (no bytes). */
export interface PhotoView {
	id: string;
	altText: string;
	width: number;
	height: number;
	largeWidth: number;
	largeHeight: number;
}

/** The two sizes a photo is served in (/photos/<id>/small, /photos/<id>/large). */
export type PhotoSize = 'small' | 'large';
