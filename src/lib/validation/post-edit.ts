import { postForm } from './discover';

/** The author changes the words and the place of their post; what kind it is stays. */
export const editPostForm = postForm.pick({ body: true, locationText: true });
