/** The four parts of a learning review, in the order the page asks for them. */
export const LEARNING_PARTS = ['worked', 'didNotWork', 'cost', 'wouldChange'] as const;
export type LearningPart = (typeof LEARNING_PARTS)[number];
