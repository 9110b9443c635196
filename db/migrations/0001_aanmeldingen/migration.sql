-- Sign-ups for informatieavonden (issue 4).
-- Capacity counts persons. `avond.bevestigd` is the number of confirmed persons; it is only ever
-- changed by single conditional UPDATE statements (see functions/lib/aanmeldingen.ts), so no
-- interleaving of requests can overbook an evening.

-- One row per avond from content/avonden/ (kept in step by `npm run db:migrate` and by the
-- functions). Rows stay after retention: they hold the anonymous counts.
CREATE TABLE avond (
  slug        text PRIMARY KEY,
  capaciteit  integer NOT NULL CHECK (capaciteit BETWEEN 1 AND 1000),
  bevestigd   integer NOT NULL DEFAULT 0 CHECK (bevestigd >= 0),
  eind        timestamptz NOT NULL,
  -- Filled by retention: persons confirmed and on the waitlist when the data was deleted.
  geanonimiseerd timestamptz
);

CREATE TABLE aanmelding (
  id          bigserial PRIMARY KEY,             -- order of arrival (waitlist order)
  referentie  text NOT NULL UNIQUE,              -- shown to the resident, e.g. "VS-7K3M-Q9PX"
  avond       text NOT NULL REFERENCES avond (slug),
  naam        text,                              -- NULL after retention
  email       text,                              -- lower case; NULL after retention
  personen    smallint NOT NULL CHECK (personen BETWEEN 1 AND 4),
  vraag       text CHECK (char_length(vraag) <= 500),
  status      text NOT NULL CHECK (status IN ('bevestigd', 'wachtlijst', 'geannuleerd')),
  aangemeld   timestamptz NOT NULL DEFAULT now(),
  gewijzigd   timestamptz
);
-- One active sign-up per e-mail address per avond (a cancelled one may sign up again).
CREATE UNIQUE INDEX aanmelding_een_per_email ON aanmelding (avond, email) WHERE status <> 'geannuleerd';
CREATE INDEX aanmelding_wachtlijst ON aanmelding (avond, id) WHERE status = 'wachtlijst';

-- Manage links: only the SHA-256 of the random token is stored. A sign-up can have several
-- (a second sign-up with the same address mails the owner a new link; the old one keeps working).
CREATE TABLE beheerlink (
  token_hash  bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  aanmelding  bigint NOT NULL REFERENCES aanmelding (id) ON DELETE CASCADE,
  gemaakt     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX beheerlink_aanmelding ON beheerlink (aanmelding);

-- Transactional outbox: written in the same transaction as the sign-up. After delivery the
-- address and the text are wiped; what remains says only that a message was sent.
CREATE TABLE uitgaande_mail (
  id          bigserial PRIMARY KEY,
  avond       text REFERENCES avond (slug),
  soort       text NOT NULL,
  aan         text,
  onderwerp   text,
  tekst       text,
  ics         text,
  aangemaakt  timestamptz NOT NULL DEFAULT now(),
  verzonden   timestamptz,
  pogingen    integer NOT NULL DEFAULT 0,
  fout        text
);
CREATE INDEX uitgaande_mail_wachtend ON uitgaande_mail (id) WHERE verzonden IS NULL;

-- Rate limit per client per minute. The key is a hash of the client address, never the address.
CREATE TABLE verzoek_teller (
  sleutel     text NOT NULL,
  minuut      timestamptz NOT NULL,
  aantal      integer NOT NULL,
  PRIMARY KEY (sleutel, minuut)
);
