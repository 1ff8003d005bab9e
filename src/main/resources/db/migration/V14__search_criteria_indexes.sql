-- Criteria of GET /api/dossiers without an index so far (issue 8, "no query scans all dossiers"): at 1,000,000
-- dossiers the count of rankOrTitleCode=01.003 read the whole table (Parallel Seq Scan, 400 ms); with the index and
-- the visibility map set by (auto)vacuum it is an index-only scan (10 ms). Party membership and gender are not worth
-- an index of their own (two values); the age band uses ix_dossier_birth.
create index ix_dossier_rank_or_title on dossier (rank_or_title_code);
create index ix_dossier_salary on dossier (salary_group, salary_step);
create index ix_dossier_ethnicity on dossier (ethnicity_code);
create index ix_dossier_religion on dossier (religion_code);
create index ix_dossier_education on dossier (education_level);
create index ix_dossier_political_theory on dossier (political_theory_level);
create index ix_dossier_recruitment on dossier (first_recruitment_date);
create index ix_dossier_last_signed on dossier (last_signed_at);
