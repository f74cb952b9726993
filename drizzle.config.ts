import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the domain tables and committed; the app applies them on start.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/platform/db/schema.ts',
	out: './drizzle'
});
