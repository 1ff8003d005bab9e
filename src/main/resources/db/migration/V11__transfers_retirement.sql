-- Transfers and retirements (issue 7, items 1, 2 and 5). Runs unchanged on H2 and PostgreSQL.
--
-- ix_dossier_birth: the upcoming-retirement list queries by gender and a date-of-birth range (RetirementAge).
-- retirement_notice: the forecast's task for the focal officers is opened once per person; a row = opened.
-- org_transfer: a transfer decision (internal between sub-units of one unit, or between units of the province), with
-- the scanned decision for transfers between units; status DECIDED → HANDED_OVER → DONE (or back to DECIDED when the receiving unit returns it, CANCELLED when an
-- internal transfer is refused); note = the last refusal or return note.
create index ix_dossier_birth on dossier (gender, date_of_birth);

create table retirement_notice (
    dossier_id       varchar(12)  primary key references dossier (id),
    unit_id          varchar(40)  not null,
    retirement_date  date         not null,
    noticed_at       timestamp with time zone not null
);

create table org_transfer (
    id               varchar(36)   primary key,
    kind             varchar(20)   not null,
    username         varchar(64)   not null references org_account (username),
    from_unit_id     varchar(40)   not null references org_unit (id),
    to_unit_id       varchar(40)   not null references org_unit (id),
    position_name    varchar(200),
    decision_number  varchar(100),
    effective_date   date          not null,
    document_name    varchar(255),
    document_type    varchar(100),
    document_data    bytea,
    status           varchar(20)   not null,
    decided_by       varchar(64)   not null,
    decided_at       timestamp with time zone not null,
    handed_over_by   varchar(64),
    accepted_by      varchar(64),
    completed_at     timestamp with time zone,
    note             varchar(2000)
);
create index ix_org_transfer_username on org_transfer (username);
