import crypto from 'node:crypto';

/** A random secret for cookies, reset links and API tokens. */
export function newToken(bytes = 32): string {
	return crypto.randomBytes(bytes).toString('base64url');
}

/** Only hashes are stored: whoever reads the table cannot use what is in it. */
export function hashToken(token: string): string {
	return crypto.createHash('sha256').update(token).digest('hex');
}
