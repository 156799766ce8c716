import { dayIn, timeIn } from '$lib/domain/time-zones';

/** A point in time as a datetime-local input shows it: the wall-clock time in a zone ("2030-05-01T12:00"). */
export const localDateTime = (value: Date, zone: string) => `${dayIn(value, zone)}T${timeIn(value, zone)}`;
