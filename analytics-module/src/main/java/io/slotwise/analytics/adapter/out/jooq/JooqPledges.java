package io.slotwise.analytics.adapter.out.jooq;

import static io.slotwise.analytics.adapter.out.jooq.schema.Tables.DONATION_CAMPAIGN;
import static io.slotwise.analytics.adapter.out.jooq.schema.Tables.DONATION_PLEDGE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.analytics.DonationCampaigns.Campaign;
import io.slotwise.analytics.DonationCampaigns.PledgeFigures;
import io.slotwise.analytics.domain.Funnel;
import io.slotwise.analytics.domain.Pledges;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

@Repository
class JooqPledges implements Pledges {

	private final DSLContext db;

	JooqPledges(DSLContext db) {
		this.db = db;
	}

	@Override
	public void save(Campaign campaign, Instant at) {
		String amounts = campaign.amountsCents().stream().map(String::valueOf).collect(Collectors.joining(","));
		this.db.insertInto(DONATION_CAMPAIGN)
			.set(DONATION_CAMPAIGN.LOCATION_ID, campaign.location())
			.set(DONATION_CAMPAIGN.NAME, campaign.name())
			.set(DONATION_CAMPAIGN.AMOUNTS, amounts)
			.set(DONATION_CAMPAIGN.UPDATED_AT, FactFilter.utc(at))
			.onConflict(DONATION_CAMPAIGN.LOCATION_ID)
			.doUpdate()
			.set(DONATION_CAMPAIGN.NAME, campaign.name())
			.set(DONATION_CAMPAIGN.AMOUNTS, amounts)
			.set(DONATION_CAMPAIGN.UPDATED_AT, FactFilter.utc(at))
			.execute();
	}

	@Override
	public Optional<Campaign> campaign(UUID location) {
		return this.db.selectFrom(DONATION_CAMPAIGN)
			.where(DONATION_CAMPAIGN.LOCATION_ID.eq(location))
			.fetchOptional()
			.map((row) -> new Campaign(row.getLocationId(), row.getName(),
					Arrays.stream(row.getAmounts().split(",")).map(Integer::valueOf).toList()));
	}

	@Override
	public boolean record(UUID appointment, UUID location, @Nullable Integer amountCents, Instant at) {
		return this.db.insertInto(DONATION_PLEDGE)
			.set(DONATION_PLEDGE.APPOINTMENT_ID, appointment)
			.set(DONATION_PLEDGE.LOCATION_ID, location)
			.set(DONATION_PLEDGE.AMOUNT_CENTS, amountCents)
			.set(DONATION_PLEDGE.PLEDGED_AT, FactFilter.utc(at))
			.onConflictDoNothing()
			.execute() == 1;
	}

	@Override
	public Map<Integer, Long> amounts(UUID location) {
		return this.db.select(DONATION_PLEDGE.AMOUNT_CENTS, count())
			.from(DONATION_PLEDGE)
			.where(DONATION_PLEDGE.LOCATION_ID.eq(location))
			.and(DONATION_PLEDGE.AMOUNT_CENTS.isNotNull())
			.groupBy(DONATION_PLEDGE.AMOUNT_CENTS)
			.fetchMap((row) -> row.value1(), (row) -> row.value2().longValue());
	}

	@Override
	public Optional<Booking> booking(UUID appointment) {
		return this.db
			.fetchOptional(
					"SELECT patient_key, location_id FROM analytics.booking_owner WHERE appointment_id = ?::uuid",
					appointment)
			.map((row) -> new Booking(row.get(0, String.class), row.get(1, UUID.class)));
	}

	@Override
	public List<PledgeFigures> figures(Instant from, Instant to, @Nullable UUID location) {
		Condition where = DONATION_PLEDGE.PLEDGED_AT.ge(FactFilter.utc(from))
			.and(DONATION_PLEDGE.PLEDGED_AT.lt(FactFilter.utc(to)));
		if (location != null) {
			where = where.and(DONATION_PLEDGE.LOCATION_ID.eq(location));
		}
		return this.db
			.select(DONATION_PLEDGE.LOCATION_ID, count(), count(DONATION_PLEDGE.AMOUNT_CENTS),
					avg(DONATION_PLEDGE.AMOUNT_CENTS))
			.from(DONATION_PLEDGE)
			.where(where)
			.groupBy(DONATION_PLEDGE.LOCATION_ID)
			.orderBy(DONATION_PLEDGE.LOCATION_ID)
			.fetch((row) -> {
				long answers = row.value2();
				long pledges = row.value3();
				BigDecimal average = row.value4();
				return new PledgeFigures(row.value1(), answers, pledges, Funnel.share(pledges, answers),
						(average != null) ? average.doubleValue() : null);
			});
	}

}
