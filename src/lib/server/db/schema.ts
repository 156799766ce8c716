// Each capability owns its tables; this file only gathers them for Drizzle and drizzle-kit.
export * from '../reference/schema';
export * from '../directory/schema';
export * from '../dialogues/schema';
export * from '../auth/schema';
export * from '../audit/schema';
export * from '../mail/schema';
export * from '../programme/schema';
export * from '../registration/schema';
export * from '../attendance/schema';
export * from '../participation/schema';
export * from '../agenda/schema';
export * from '../funding/schema';
export * from '../practices/schema';
export * from '../practices/review-schema';
export * from '../surveys/schema';
export * from '../reports/schema';
