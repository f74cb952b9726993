// Every domain's tables, gathered for drizzle-kit and the typed query builder.
export * from '../places/places.table';
export * from '../cycles/cycles.table';
