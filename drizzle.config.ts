import { defineConfig } from 'drizzle-kit';

// drizzle-kit only reads the schema and writes SQL migrations into ./drizzle; it never connects.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle'
});
