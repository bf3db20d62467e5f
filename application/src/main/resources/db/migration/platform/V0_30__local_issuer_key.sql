-- Issue 15: the local (demo/test) token issuer's key pair, shared by every instance on the same
-- database so a demo token works on all of them (ADR 0019). Empty in production, where the local
-- issuer is off and tokens come from the identity provider.
CREATE TABLE IF NOT EXISTS local_issuer_key
(
  issuer      TEXT NOT NULL,
  private_key TEXT NOT NULL,
  public_key  TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CONSTRAINT local_issuer_key_pk PRIMARY KEY (issuer)
);
