-- Follow by e-mail (volgen): alerts for a street, project or wijk. No account, no password.
-- Stored: the address, what it follows, the frequency, timestamps and which items it has had.
-- An address that follows nothing any more is deleted (ON DELETE CASCADE takes the rest).

CREATE TABLE volger (
  id          bigserial PRIMARY KEY,
  email       text NOT NULL UNIQUE,             -- ASCII form (src/domain/email.ts), lower case
  aangemaakt  timestamptz NOT NULL DEFAULT now()
);

-- One row per thing an address follows. Until `bevestigd` is set only the confirmation mail is
-- sent; unconfirmed rows (and addresses left without rows) are deleted 48 hours after
-- `bevestig_tot - 48 h` by the hourly run (functions/lib/volgen.ts `ruimOnbevestigdOp`).
CREATE TABLE volging (
  id              bigserial PRIMARY KEY,
  volger          bigint NOT NULL REFERENCES volger (id) ON DELETE CASCADE,
  soort           text NOT NULL CHECK (soort IN ('straat', 'project', 'wijk')),
  doel            text NOT NULL CHECK (doel ~ '^[a-z0-9-]{1,100}$'),
  frequentie      text NOT NULL CHECK (frequentie IN ('week', 'meteen')),
  aangemaakt      timestamptz NOT NULL DEFAULT now(),
  -- Confirmation: only the SHA-256 of the link's token; single use (cleared when used).
  bevestig_hash   bytea UNIQUE CHECK (octet_length(bevestig_hash) = 32),
  bevestig_tot    timestamptz,
  bevestigd       timestamptz,
  -- When the last confirmation or "you already follow this" mail was queued: at most one per
  -- 10 minutes, so nobody can flood someone else's inbox through the form.
  verzoek_mail    timestamptz,
  -- The watermark: ids of the stream items this subscription has had (or that were already
  -- there when it was confirmed). Written in the same transaction as its outbox mail.
  gezien          text[] NOT NULL DEFAULT '{}',
  laatst_verzonden timestamptz,
  UNIQUE (volger, soort, doel)
);
CREATE INDEX volging_volger ON volging (volger);
CREATE INDEX volging_bevestigd ON volging (id) WHERE bevestigd IS NOT NULL;

-- Links in mails (manage page and one-click unsubscribe): only the SHA-256 of the token. Each
-- mail gets its own token, made in the same transaction as the mail; `volging` says which
-- subscription the mail's unsubscribe link stops.
CREATE TABLE volglink (
  token_hash  bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  volger      bigint NOT NULL REFERENCES volger (id) ON DELETE CASCADE,
  volging     bigint REFERENCES volging (id) ON DELETE SET NULL,
  gemaakt     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX volglink_volger ON volglink (volger);

-- The outbox carries what alert mails need beyond the sign-up mails: a simple HTML part and
-- the List-Unsubscribe headers (RFC 8058). Wiped with the address after delivery.
ALTER TABLE uitgaande_mail ADD COLUMN html text;
ALTER TABLE uitgaande_mail ADD COLUMN afmeld_url text;

-- What the avond looked like when it was last synced (date, time, place, cancelled), to detect
-- a change that must be mailed to everyone signed up; and which one-off mails went out.
ALTER TABLE avond ADD COLUMN kenmerk jsonb;
ALTER TABLE avond ADD COLUMN herinnerd timestamptz;
ALTER TABLE avond ADD COLUMN verslag_verzonden timestamptz;
