-- Encryption at rest of the sensitive fields (issue 4, item 6). Each stored document is split: content keeps the JSON
-- without the sensitive fields, sensitive_content holds them as an AES-256-GCM envelope (v1.<keyId>.<base64url>),
-- sensitive_key_id the key that sealed it (for the rotation). Rows of earlier runs have both null and are encrypted
-- at startup (LegacyContentEncryption). Runs unchanged on H2 and PostgreSQL.

alter table dossier add column sensitive_content varchar;
alter table dossier add column sensitive_key_id varchar(32);
create index ix_dossier_sensitive_key on dossier (sensitive_key_id);

alter table dossier_version add column sensitive_content varchar;
alter table dossier_version add column sensitive_key_id varchar(32);
create index ix_dossier_version_sensitive_key on dossier_version (sensitive_key_id);
