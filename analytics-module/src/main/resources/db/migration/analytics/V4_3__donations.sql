-- A location's voluntary donation campaign (e.g. a fund for uninsured patients).
CREATE TABLE analytics.donation_campaign (
    location_id UUID        NOT NULL,
    name        VARCHAR(80) NOT NULL,
    -- Suggested amounts in cents, ascending, comma-separated (at most five).
    amounts     VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT donation_campaign_pk PRIMARY KEY (location_id)
);

-- A patient's answer to the offer on their booking confirmation: an amount, or no thanks
-- (amount_cents NULL). One answer per booking.
CREATE TABLE analytics.donation_pledge (
    appointment_id UUID    NOT NULL,
    location_id    UUID    NOT NULL,
    amount_cents   INTEGER,
    pledged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT donation_pledge_pk PRIMARY KEY (appointment_id),
    CONSTRAINT donation_pledge_positive CHECK (amount_cents IS NULL OR amount_cents > 0)
);

CREATE INDEX donation_pledge_by_location ON analytics.donation_pledge (location_id, pledged_at);
