-- Account provisioning (issue 4, item 4): recruitment decisions received through the API, activation tokens of new
-- accounts (only their SHA-256 is stored), and the disabling of accounts on exit.
create table acc_recruitment (
    id                  varchar(36)  primary key,
    citizen_id          varchar(12)  not null,
    full_name           varchar(200) not null,
    gender              varchar(8)   not null,
    date_of_birth       date         not null,
    unit_id             varchar(64)  not null,
    personnel_category  varchar(40)  not null,
    decision_number     varchar(100) not null,
    decision_date       date         not null,
    start_date          date         not null,
    document_name       varchar(255) not null,
    document_type       varchar(100) not null,
    document_data       bytea        not null,
    status              varchar(20)  not null,
    note                varchar(2000),
    received_by         varchar(64)  not null,
    received_at         timestamp with time zone not null,
    decided_by          varchar(64),
    decided_at          timestamp with time zone
);
create index ix_acc_recruitment_citizen on acc_recruitment (citizen_id);

create table acc_activation (
    token_sha256  varchar(64)  primary key,
    username      varchar(64)  not null,
    issued_by     varchar(64)  not null,
    issued_at     timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone
);
create index ix_acc_activation_username on acc_activation (username);

alter table org_account add column disabled_at timestamp with time zone;
alter table org_account add column disabled_reason varchar(2000);
