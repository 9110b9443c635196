-- The coördinator's workplace (/beheer/): sign-in links, sessions and the audit log.
-- Tokens are stored only as their SHA-256; the addresses are those of staff (BEHEER_EMAILS).

-- One-time sign-in links: valid 15 minutes, used at most once (`gebruikt` is set by the one
-- UPDATE that also checks validity). Expired and used links are deleted by retention.
CREATE TABLE beheer_inloglink (
  token_hash  bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  email       text NOT NULL,
  verloopt    timestamptz NOT NULL,
  gebruikt    timestamptz
);

-- Staff sessions (8 hours). Signing out deletes the row, so the old cookie is refused.
CREATE TABLE beheer_sessie (
  token_hash  bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  email       text NOT NULL,
  gemaakt     timestamptz NOT NULL,
  verloopt    timestamptz NOT NULL
);

-- Audit log: who viewed or exported personal data, what and when. Kept one year.
CREATE TABLE beheer_logboek (
  id          bigserial PRIMARY KEY,
  moment      timestamptz NOT NULL,
  wie         text NOT NULL,
  wat         text NOT NULL
);
CREATE INDEX beheer_logboek_moment ON beheer_logboek (moment);
