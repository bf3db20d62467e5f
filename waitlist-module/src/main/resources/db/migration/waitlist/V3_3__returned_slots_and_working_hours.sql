-- Waitlist module: rounds found by their offer hold (an offer-held slot that came back
-- opens a follow-up round), rounds listed by location for staff, and the working windows
-- the waitlist last saw per practitioner and location (new working hours are the
-- difference to them).
-- [jooq ignore start]
CREATE INDEX round_by_hold ON waitlist.round (hold_id) WHERE hold_id IS NOT NULL;
-- [jooq ignore stop]
CREATE INDEX round_by_location ON waitlist.round (location_id, opened_at);

CREATE TABLE waitlist.hours_seen (
    practitioner_id UUID NOT NULL,
    location_id     UUID NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hours_seen_pk PRIMARY KEY (practitioner_id, location_id, window_start),
    CONSTRAINT hours_seen_ordered CHECK (window_end > window_start)
);
