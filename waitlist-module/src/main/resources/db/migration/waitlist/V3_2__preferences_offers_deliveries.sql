-- Waitlist module: preferences on entries, offer rounds for freed slots, offers with
-- deadlines (so a restart loses none), and the delivery outbox (one row per offer,
-- channel and kind, so a replayed event sends nothing twice).
ALTER TABLE waitlist.entry ADD COLUMN practitioner_ids UUID ARRAY NOT NULL DEFAULT '{}';
ALTER TABLE waitlist.entry ADD COLUMN specialty VARCHAR(64);
ALTER TABLE waitlist.entry ADD COLUMN location_ids UUID ARRAY NOT NULL DEFAULT '{}';
ALTER TABLE waitlist.entry ADD COLUMN zip VARCHAR(5);
ALTER TABLE waitlist.entry ADD COLUMN radius_miles DOUBLE PRECISION;
ALTER TABLE waitlist.entry ADD COLUMN days_of_week INTEGER NOT NULL DEFAULT 127;
ALTER TABLE waitlist.entry ADD COLUMN window_starts INTEGER ARRAY NOT NULL DEFAULT '{}';
ALTER TABLE waitlist.entry ADD COLUMN window_ends INTEGER ARRAY NOT NULL DEFAULT '{}';
ALTER TABLE waitlist.entry ADD COLUMN min_notice_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE waitlist.entry ADD COLUMN channels VARCHAR(16) ARRAY NOT NULL DEFAULT '{IN_APP}';
ALTER TABLE waitlist.entry ADD COLUMN email VARCHAR(254);
ALTER TABLE waitlist.entry ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE waitlist.entry ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'WAITING';
ALTER TABLE waitlist.entry ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE waitlist.entry ADD CONSTRAINT entry_priority_range CHECK (priority BETWEEN 0 AND 3);
-- [jooq ignore start]
ALTER TABLE waitlist.entry ADD CONSTRAINT entry_windows_paired
    CHECK (cardinality(window_starts) = cardinality(window_ends));
-- [jooq ignore stop]

-- The matching query's index: waiting entries of a visit type whose date range covers
-- the freed slot's day; practitioner, location, weekday, notice and hours are checked on
-- that narrow set.
-- [jooq ignore start]
CREATE INDEX entry_matching ON waitlist.entry (visit_type_id, latest_day, earliest_day) WHERE status = 'WAITING';
-- [jooq ignore stop]

CREATE TABLE waitlist.round (
    id              UUID NOT NULL,
    cause           VARCHAR(200) NOT NULL,
    practitioner_id UUID NOT NULL,
    location_id     UUID NOT NULL,
    visit_type_id   UUID NOT NULL,
    slot_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    slot_end        TIMESTAMP WITH TIME ZONE NOT NULL,
    hold_id         UUID,
    hold_until      TIMESTAMP WITH TIME ZONE,
    status          VARCHAR(16) NOT NULL,
    parallel        INTEGER NOT NULL,
    appointment_id  UUID,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT round_pk PRIMARY KEY (id),
    -- one round per freed slot: a replayed cancellation finds its round and stops
    CONSTRAINT round_cause_unique UNIQUE (cause)
);

CREATE TABLE waitlist.candidate (
    round_id     UUID NOT NULL,
    rank         INTEGER NOT NULL,
    entry_id     UUID NOT NULL,
    patient_id   UUID NOT NULL,
    total        DOUBLE PRECISION NOT NULL,
    fit          DOUBLE PRECISION NOT NULL,
    waited       DOUBLE PRECISION NOT NULL,
    flexibility  DOUBLE PRECISION NOT NULL,
    priority     DOUBLE PRECISION NOT NULL,
    CONSTRAINT candidate_pk PRIMARY KEY (round_id, rank),
    CONSTRAINT candidate_round_fk FOREIGN KEY (round_id) REFERENCES waitlist.round (id)
);

CREATE TABLE waitlist.offer (
    id          UUID NOT NULL,
    round_id    UUID NOT NULL,
    rank        INTEGER NOT NULL,
    entry_id    UUID NOT NULL,
    patient_id  UUID NOT NULL,
    offered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline    TIMESTAMP WITH TIME ZONE NOT NULL,
    others_offered INTEGER NOT NULL,
    status      VARCHAR(16) NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT offer_pk PRIMARY KEY (id),
    CONSTRAINT offer_round_fk FOREIGN KEY (round_id) REFERENCES waitlist.round (id),
    CONSTRAINT offer_once_per_rank UNIQUE (round_id, rank)
);

CREATE INDEX offer_by_patient ON waitlist.offer (patient_id, offered_at);
-- [jooq ignore start]
CREATE INDEX offer_due ON waitlist.offer (deadline) WHERE status = 'OPEN';
-- [jooq ignore stop]

CREATE TABLE waitlist.delivery (
    id              UUID NOT NULL,
    offer_id        UUID NOT NULL,
    channel         VARCHAR(64) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    CONSTRAINT delivery_pk PRIMARY KEY (id),
    CONSTRAINT delivery_once UNIQUE (offer_id, channel, kind)
);

-- [jooq ignore start]
CREATE INDEX delivery_pending ON waitlist.delivery (next_attempt_at) WHERE status = 'PENDING';
-- [jooq ignore stop]
