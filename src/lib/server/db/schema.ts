// Every domain's tables, gathered for drizzle-kit and the typed query builder.
export * from '../places/places.table';
export * from '../cycles/cycles.table';
export * from '../audit/audit.table';
export * from '../rate-limit/rate-limit.table';
export * from '../mail/mail.table';
export * from '../accounts/accounts.table';
export * from '../teams/teams.table';
export * from '../groups/groups.table';
export * from '../discover/posts.table';
export * from '../challenges/challenges.table';
export * from '../proposals/proposals.table';
export * from '../comments/comments.table';
export * from '../photos/photos.table';
export * from '../budget/budget.table';
export * from '../voting/voting.table';
export * from '../results/results.table';
