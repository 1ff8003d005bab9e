-- Declaration campaigns (issue 8): the Sở Nội vụ asks everybody of a unit subtree to declare by a deadline.
-- campaign_member: one row per person selected at launch (insert ... select over dossier.unit_path); seq numbers the
-- members (those to start first) so that a start batch of the process declaration-campaign is a range of seq.
-- Runs unchanged on H2 and PostgreSQL.

create table campaign (
    id            varchar(36)   primary key,
    name          varchar(300)  not null,
    unit_id       varchar(40)   not null references org_unit (id),
    unit_path     varchar(1000) not null,
    deadline      date          not null,
    status        varchar(20)   not null,
    batch_size    integer       not null,
    created_by    varchar(64)   not null,
    created_at    timestamp with time zone not null,
    member_count  integer,
    started_at    timestamp with time zone
);
create index ix_campaign_created on campaign (created_at);

create table campaign_member (
    campaign_id  varchar(36) not null references campaign (id),
    seq          integer     not null,
    dossier_id   varchar(12) not null,
    unit_id      varchar(40) not null,
    state        varchar(20) not null,
    constraint pk_campaign_member primary key (campaign_id, seq),
    constraint uq_campaign_member_dossier unique (campaign_id, dossier_id)
);
create index ix_campaign_member_state on campaign_member (campaign_id, state);
