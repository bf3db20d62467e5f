package io.slotwise.analytics.adapter.out.jooq;

import static io.slotwise.analytics.adapter.out.jooq.schema.Tables.FUNNEL_STEP;
import static org.jooq.impl.DSL.countDistinct;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.slotwise.analytics.FunnelStage;
import io.slotwise.analytics.domain.FunnelSteps;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqFunnelSteps implements FunnelSteps {

	private final DSLContext db;

	JooqFunnelSteps(DSLContext db) {
		this.db = db;
	}

	@Override
	public Map<FunnelStage, Long> journeysPerStage(Instant from, Instant to) {
		return this.db.select(FUNNEL_STEP.STAGE, countDistinct(FUNNEL_STEP.JOURNEY_ID))
			.from(FUNNEL_STEP)
			.where(FUNNEL_STEP.OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC)))
			.and(FUNNEL_STEP.OCCURRED_AT.lt(to.atOffset(ZoneOffset.UTC)))
			.groupBy(FUNNEL_STEP.STAGE)
			.fetchMap((row) -> FunnelStage.valueOf(row.value1()), (row) -> row.value2().longValue());
	}

}
