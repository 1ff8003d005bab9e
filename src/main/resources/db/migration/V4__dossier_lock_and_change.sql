-- Lock after confirmation and the change process (dossier-change). Runs unchanged on H2 and PostgreSQL.
-- locked: the confirmed version may not be edited by the employee; only a change (dossier_change) or an authorised
-- unlock opens it again. locked_version: the last confirmed (locked) version, the base of a change's diff.
-- open_change_id: the change being declared or verified, at most one per dossier.

alter table dossier add column locked boolean default false not null;
alter table dossier add column locked_version integer;
alter table dossier add column open_change_id varchar(36);

update dossier set locked = true, locked_version = current_version where status = 'CONFIRMED';

create table dossier_change (
    id             varchar(36)   primary key,
    dossier_id     varchar(12)   not null references dossier (id),
    change_type    varchar(30)   not null,
    event_date     date          not null,
    description    varchar(2000) not null,
    status         varchar(20)   not null,
    base_version   integer,
    version_number integer,
    declared_by    varchar(64)   not null,
    declared_at    timestamp with time zone not null,
    closed_at      timestamp with time zone
);
create index ix_dossier_change_dossier on dossier_change (dossier_id, declared_at);
