import { z } from 'zod';
import { email, shortText } from '$lib/validation';

/** A handful of passwords that pass a length rule but every attacker tries first. */
const COMMON = new Set([
	'password123',
	'password1234',
	'1234567890',
	'12345678910',
	'qwertyuiop',
	'iloveyou123',
	'administrator',
	'letmein1234',
	'welcome1234',
	'passw0rd123'
]);

export const password = z
	.string()
	.min(10, { error: 'auth.errors.passwordShort' })
	.max(200, { error: 'auth.errors.passwordLong' })
	.refine((v) => !COMMON.has(v.toLowerCase()) && new Set(v).size >= 5, {
		error: 'auth.errors.passwordWeak'
	});

export const SignUpSchema = z.object({
	displayName: shortText(120),
	email,
	password
});

export const SignInSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1)
		.max(254)
		.transform((v) => v.toLowerCase()),
	password: z.string().min(1).max(200)
});

export const ResetRequestSchema = z.object({ email });

export const ResetSchema = z.object({
	token: z.string().min(10).max(200),
	password
});
