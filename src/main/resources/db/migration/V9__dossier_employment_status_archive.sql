-- Employment status and the permanent archive (issues 7 and 8). Runs unchanged on H2 and PostgreSQL.
--
-- employment_status: the code of content field employmentStatus (EmploymentStatus enum: ACTIVE, SECONDED,
-- TRANSFERRED_OUT, RETIRED, RESIGNED, DISMISSED, DECEASED), kept as a column for search and reports.
-- archived_at: set when the dossier moves to the permanent archive (exit or transfer out of the province); an archived
-- dossier is read-only and never deleted. Null = active.
alter table dossier add column employment_status varchar(20) default 'ACTIVE' not null;
alter table dossier add column archived_at timestamp with time zone;
create index ix_dossier_employment_status on dossier (employment_status);
create index ix_dossier_archived_at on dossier (archived_at);
