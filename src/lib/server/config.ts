import { z } from 'zod';
import path from 'node:path';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
		.optional(),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
		.optional(),
	MAIL_FROM: z.string().default('Migration Dialogue Platform <no-reply@localhost>'),
	ORIGIN: z.url().optional(),
	SEED_DEMO: booleanFlag.default(true),
	DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
	/** Off only to measure what rendering costs without the cache (see scripts/bench). */
	PAGE_CACHE: booleanFlag.default(true),
	/**
	 * Print the newest reports' PDFs in the background after a publication or a follow-up change,
	 * so readers get them at once (reports/pdf.ts). Off where nobody reads them: the browser tests.
	 */
	PRINT_AHEAD: booleanFlag.default(true)
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

/** Reads and validates the environment once; a wrong value stops start-up with a clear message. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
	const parsed = ConfigSchema.safeParse(cleaned);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
	}
	return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
