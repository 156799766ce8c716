// Attendance operations (check-in by QR code or name, online join-log import, manual records).
export {};
