ALTER TABLE "registrations" ADD COLUMN "attended_in_room" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "attended_online" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Written by hand (drizzle-kit does not model triggers): registrations.attended_in_room and
-- attended_online say whether any attendance record of the registration has that mode. They are
-- kept here, in the database, so that every way of writing attendance (check-in, join logs,
-- imports, the demo, a benchmark writing SQL) keeps them right. Statement-level triggers with
-- transition tables: an import of 200,000 records costs one UPDATE, not 200,000.
CREATE FUNCTION attendance_marks_registrations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- An insert can only add presence: set the flags that a new record makes true.
	IF TG_OP = 'INSERT' THEN
		UPDATE registrations r
		SET attended_in_room = r.attended_in_room OR n.in_room, attended_online = r.attended_online OR n.online
		FROM (
			SELECT registration_id, bool_or(mode = 'in-room') AS in_room, bool_or(mode = 'online') AS online
			FROM new_records GROUP BY registration_id
		) n
		WHERE r.id = n.registration_id AND ((n.in_room AND NOT r.attended_in_room) OR (n.online AND NOT r.attended_online));
	ELSE
		-- A delete or an update can take presence away: recount the registrations it touched.
		UPDATE registrations r
		SET attended_in_room = EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.mode = 'in-room'),
			attended_online = EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.mode = 'online')
		WHERE r.id IN (SELECT registration_id FROM old_records);
		IF TG_OP = 'UPDATE' THEN
			UPDATE registrations r
			SET attended_in_room = EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.mode = 'in-room'),
				attended_online = EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.mode = 'online')
			WHERE r.id IN (SELECT registration_id FROM new_records);
		END IF;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER attendance_marks_registrations_insert AFTER INSERT ON attendance
	REFERENCING NEW TABLE AS new_records FOR EACH STATEMENT EXECUTE FUNCTION attendance_marks_registrations();
--> statement-breakpoint
CREATE TRIGGER attendance_marks_registrations_update AFTER UPDATE ON attendance
	REFERENCING OLD TABLE AS old_records NEW TABLE AS new_records FOR EACH STATEMENT EXECUTE FUNCTION attendance_marks_registrations();
--> statement-breakpoint
CREATE TRIGGER attendance_marks_registrations_delete AFTER DELETE ON attendance
	REFERENCING OLD TABLE AS old_records FOR EACH STATEMENT EXECUTE FUNCTION attendance_marks_registrations();
--> statement-breakpoint
-- The records already there.
UPDATE registrations r
SET attended_in_room = EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.mode = 'in-room'),
	attended_online = EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.mode = 'online')
WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id);
