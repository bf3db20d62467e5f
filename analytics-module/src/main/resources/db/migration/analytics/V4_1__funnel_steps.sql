-- Analytics module: one row per step a journey took through the booking funnel.
CREATE SCHEMA IF NOT EXISTS analytics;

CREATE TABLE analytics.funnel_step (
    id          UUID        NOT NULL,
    journey_id  UUID        NOT NULL,
    stage       VARCHAR(16) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT funnel_step_pk PRIMARY KEY (id),
    CONSTRAINT funnel_step_stage_known CHECK (stage IN ('SEARCH', 'VIEW', 'HOLD', 'BOOK'))
);

CREATE INDEX funnel_step_by_time ON analytics.funnel_step (occurred_at, stage);
