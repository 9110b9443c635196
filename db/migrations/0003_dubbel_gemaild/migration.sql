-- When the owner of a sign-up last got the "you were already signed up" e-mail (a new manage
-- link) because the same address signed up again. At most one such e-mail per sign-up per 10
-- minutes, counted from this moment or from the sign-up itself (`aangemeld`): a double click or
-- a slow network sends no extra e-mails. A moment, nothing personal.
ALTER TABLE aanmelding ADD COLUMN dubbel_gemaild timestamptz;
