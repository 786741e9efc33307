-- A password an admin set for someone else signs in only to choose a new one (see AccountAdministration).
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
