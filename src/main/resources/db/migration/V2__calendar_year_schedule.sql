-- Announced day-off schedules replaced by an administrator (PUT /api/calendar/years/{year}). A stored year overrides
-- the shipped calendar/official-days-off.csv and the forecast for that whole year; it is loaded at startup.
-- Runs unchanged on H2 and PostgreSQL.

create table calendar_year_schedule (
    schedule_year integer primary key,
    replaced_at   timestamp with time zone not null
);

create table calendar_day_off (
    schedule_year integer      not null references calendar_year_schedule (schedule_year),
    entry_date    date         not null,
    kind          varchar(20)  not null,
    name          varchar(200) not null,
    constraint pk_calendar_day_off primary key (schedule_year, entry_date)
);
