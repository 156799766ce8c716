/** PostgreSQL error details, whichever driver raised them (Drizzle wraps the driver's error as `cause`). */
interface PgErrorFields {
	code?: string;
	constraint?: string;
}

function fields(error: unknown): PgErrorFields {
	const e = error as PgErrorFields & { cause?: PgErrorFields };
	return { code: String(e?.cause?.code ?? e?.code ?? ''), constraint: e?.cause?.constraint ?? e?.constraint };
}

/** A unique constraint refused the write (optionally: this constraint or index). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
	const f = fields(error);
	return f.code === '23505' && (!constraint || f.constraint === constraint);
}

/** A CHECK constraint refused the write (optionally: this constraint). */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
	const f = fields(error);
	return f.code === '23514' && (!constraint || f.constraint === constraint);
}

/** A foreign key refused the write (optionally: this constraint). */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
	const f = fields(error);
	return f.code === '23503' && (!constraint || f.constraint === constraint);
}
