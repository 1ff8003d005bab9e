-- Synchronisation with the national database (CSDLQG CBCCVC), issue 6. Runs unchanged on H2 and PostgreSQL.
--
-- sync_batch: one monthly batch (rule set hung-yen-2023), reviewed and approved by the Sở Nội vụ director.
-- sync_record: the transactional outbox. One row per signed dossier version, written in the transaction that signed
-- the version; the idempotency key (dossier id + version) makes every redelivery recognisable at the national side.
-- sim_national_record: the tables of the national-database simulator (its own persistence, prefix sim_).

create table sync_batch (
    id             varchar(36)  primary key,
    batch_month    varchar(7)   not null unique,
    status         varchar(20)  not null,
    collected_at   timestamp with time zone not null,
    approved_by    varchar(64),
    approved_at    timestamp with time zone,
    manifest_signature text
);

create table sync_record (
    id               varchar(36)  primary key,
    idempotency_key  varchar(40)  not null unique,
    dossier_id       varchar(12)  not null,
    version_number   integer      not null,
    unit_id          varchar(40)  not null,
    unit_path        varchar(1000) not null,
    delivery_mode    varchar(20)  not null,
    batch_id         varchar(36)  references sync_batch (id),
    status           varchar(20)  not null,
    signed_at        timestamp with time zone not null,
    queued_at        timestamp with time zone not null,
    attempts         integer      not null,
    last_attempt_at  timestamp with time zone,
    answered_at      timestamp with time zone,
    national_id      varchar(64),
    error_code       varchar(64),
    error_vi         varchar(4000),
    error_en         varchar(4000)
);
create index ix_sync_record_unit_path on sync_record (unit_path);
create index ix_sync_record_dossier on sync_record (dossier_id, version_number);
create index ix_sync_record_batch on sync_record (batch_id);

create table sim_national_record (
    idempotency_key  varchar(40)  primary key,
    citizen_id       varchar(12)  not null,
    version_number   integer      not null,
    province_code    varchar(8)   not null,
    payload_sha256   varchar(64)  not null,
    payload          text         not null,
    status           varchar(20)  not null,
    error_code       varchar(64),
    error_message    varchar(2000),
    deliveries       integer      not null,
    acceptances      integer      not null,
    received_at      timestamp with time zone not null,
    answered_at      timestamp with time zone not null
);
create index ix_sim_national_record_citizen on sim_national_record (citizen_id);
