import { z } from 'zod';
import { email } from '$lib/validation';
import { password } from '$lib/auth/schemas';
import { translator } from '$lib/i18n';
import { toFieldErrors, type FieldErrors } from '$lib/validation';
import { systemActor } from '../core/actor';
import { ValidationError } from '../core/errors';
import type { Db } from '../db/client';
import * as auth from '../auth';
import * as surveys from '../surveys';

/**
 * The command-line tools' work, run either in the CLI process (no server holds the data folder,
 * or the database is a PostgreSQL server) or inside the running server (PGlite's folder is taken).
 */
export const CliCommand = z.discriminatedUnion('command', [
	z.object({ command: z.literal('admin:create'), email, password }),
	z.object({ command: z.literal('api-token'), email, label: z.string().max(100).optional() }),
	/** Rebuilds the survey's counts (every survey's without --survey) from its answers. */
	z.object({ command: z.literal('surveys:recount'), survey: z.string().uuid().optional() })
]);
export type CliCommand = z.infer<typeof CliCommand>;

export type CliResult = { ok: true; output: string } | { ok: false; error: string };

const t = translator('en');

function describe(errors: FieldErrors): string {
	return Object.entries(errors)
		.map(([field, e]) => `--${field}: ${t(e.key, e.params)}`)
		.join('\n');
}

/** Validates and runs one command; bad input is a message, never a stack trace. */
export async function runCommand(db: Db, input: unknown): Promise<CliResult> {
	const parsed = CliCommand.safeParse(input);
	if (!parsed.success) return { ok: false, error: describe(toFieldErrors(parsed.error)) };
	const cmd = parsed.data;
	try {
		if (cmd.command === 'admin:create') {
			const { created } = await auth.ensureAdmin(db, cmd.email, cmd.password);
			return {
				ok: true,
				output: created
					? `Admin account ${cmd.email} created.`
					: `${cmd.email} already had an account; it now has the admin role (password unchanged).`
			};
		}
		if (cmd.command === 'surveys:recount') {
			const ids = cmd.survey ? [cmd.survey] : await surveys.allSurveyIds(db);
			if (cmd.survey && !(await surveys.getSurvey(db, cmd.survey))) return { ok: false, error: `--survey: no survey ${cmd.survey}.` };
			for (const id of ids) await surveys.recountTallies(db, id);
			return { ok: true, output: `Counts of ${ids.length} survey(s) rebuilt from their answers.` };
		}
		const token = await auth.createApiToken({ db, actor: systemActor('cli') }, cmd.email, cmd.label ?? 'cli');
		return { ok: true, output: token };
	} catch (error) {
		if (error instanceof ValidationError) return { ok: false, error: describe(error.errors) };
		throw error;
	}
}
