import { z } from 'zod';
import { ROLES } from './roles';

export const GrantSchema = z.object({
	userId: z.uuid({ error: 'validation.format' }),
	role: z.enum(ROLES, { error: 'validation.choice' }),
	stateId: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{3}$/, { error: 'directory.errors.stateCode' })
		.optional(),
	organisationId: z.uuid({ error: 'validation.format' }).optional()
});
