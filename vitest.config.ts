import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const integration = (kind: 'pglite' | 'postgres') => ({
	extends: true as const,
	test: {
		name: `integration-${kind}`,
		include: ['src/**/*.int.test.ts'],
		env: { TEST_DB_KIND: kind },
		globalSetup: ['src/lib/server/testing/global-setup.ts'],
		setupFiles: ['src/lib/server/testing/fail-on-console-error.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.int.test.ts'],
					setupFiles: ['src/lib/server/testing/fail-on-console-error.ts']
				}
			},
			integration('pglite'),
			// Same tests on a real PostgreSQL server when TEST_DATABASE_URL is set.
			...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
			{
				// Browser journeys against the built platform, one file after another.
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					// A guard against a journey that hangs, not a speed check: they share two cores with the
					// other tests (scripts/test.js), and a long journey takes a minute when the machine is busy.
					testTimeout: 150_000,
					hookTimeout: 240_000
				}
			}
		]
	}
});
