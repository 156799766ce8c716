/** Where a participant was: attendance is recorded per mode, never as one flag. */
export const ATTENDANCE_MODES = ['in-room', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** How an attendance came to be recorded. */
export const ATTENDANCE_SOURCES = ['qr-scan', 'online-join', 'manual'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];
