-- Issue 10: a token refresh that fails transiently waits longer after each failure (doubling,
-- bounded); the count of consecutive failures lives beside the claim it stretches.
ALTER TABLE scheduling.calendar_connection
    ADD COLUMN refresh_failures INTEGER NOT NULL DEFAULT 0;
