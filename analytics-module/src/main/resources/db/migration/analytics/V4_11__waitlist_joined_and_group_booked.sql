-- Two more inputs (issue 12): a patient joined a waitlist (the waitlist's WaitlistEvent.Joined)
-- and a group was booked (scheduling's GroupEvent.Booked, one fact per group). Both are
-- counted per hour at every grain by record_fact like any fact; neither is a funnel step.
ALTER TABLE analytics.funnel_event DROP CONSTRAINT funnel_event_kind_known;
ALTER TABLE analytics.funnel_event ADD CONSTRAINT funnel_event_kind_known CHECK (kind IN ('SEARCHED', 'VIEWED',
    'HOLD_PLACED', 'HOLD_RELEASED', 'HOLD_EXPIRED', 'BOOKED', 'CANCELLED', 'RESCHEDULED', 'OFFERED',
    'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_LAPSED', 'OFFER_WITHDRAWN', 'WAITLIST_JOINED', 'GROUP_BOOKED'));
