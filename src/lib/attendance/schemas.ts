import { z } from 'zod';
import { isoDate, uuid } from '$lib/validation';

const code = z.string().trim().min(1).max(200);
const optionalUuid = uuid.optional();

/** A check-in from the secretariat's page: a scanned or typed code, or a registration found by name. */
export const CheckInSchema = z
	.object({
		code: code.optional(),
		registrationId: optionalUuid,
		day: isoDate,
		programmeItemId: optionalUuid
	})
	.refine((v) => v.code !== undefined || v.registrationId !== undefined, { error: 'attendance.errors.codeRequired', path: ['code'] });
export type CheckInForm = z.output<typeof CheckInSchema>;

/** Online attendance recorded by hand, e.g. from a meeting tool's list of participants. */
export const RecordOnlineSchema = z.object({
	registrationId: uuid,
	day: isoDate,
	programmeItemId: optionalUuid
});
export type RecordOnlineForm = z.output<typeof RecordOnlineSchema>;
