-- Surveys (issue 5). No personal data: no name, no e-mail address, no IP address, and no link
-- between a letter code and the answer it was used for.

-- One row per survey from content/enquetes/ (kept in step by the functions and by
-- `npm run db:migrate`): its closing moment drives retention; after retention `uitslag` holds
-- the counts, so the results stay published when the answers are gone.
CREATE TABLE enquete (
  slug        text PRIMARY KEY,
  sluit       timestamptz NOT NULL,
  uitslag     jsonb,
  opgeruimd   timestamptz
);

-- One row per response. `keuzes`: {vraag-id: [waarde, ...]} for every choice, scale and yes/no
-- question answered; `teksten`: {vraag-id: text} for open questions (never published, only in
-- the coördinator's export). `ingediend` is the day only.
CREATE TABLE enquete_antwoord (
  id          bigserial PRIMARY KEY,
  enquete     text NOT NULL REFERENCES enquete (slug),
  ingediend   date NOT NULL,
  keuzes      jsonb NOT NULL CHECK (jsonb_typeof(keuzes) = 'object'),
  teksten     jsonb NOT NULL CHECK (jsonb_typeof(teksten) = 'object')
);
CREATE INDEX enquete_antwoord_enquete ON enquete_antwoord (enquete);

-- Single-use letter codes (`npm run codes`): only the SHA-256 of "<enquete>:<code>" is stored.
-- A code is marked used in the same statement that stores the answer (functions/lib/enquete-opslag.ts).
CREATE TABLE enquete_code (
  code_hash   bytea PRIMARY KEY CHECK (octet_length(code_hash) = 32),
  enquete     text NOT NULL,
  gebruikt    boolean NOT NULL DEFAULT false
);
CREATE INDEX enquete_code_enquete ON enquete_code (enquete);
