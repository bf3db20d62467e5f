package io.slotwise.platform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.slotwise.resources.GeoPoint;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The floor under the search figures: what any search of the large network must do at
 * least, with nothing of Slotwise in between. One plain-JDBC statement ranks the
 * candidates (bounding box on the location index, exact distance, the filter on the
 * practitioners' GIN-indexed arrays, nearest first, at most the cap), then one Redis
 * {@code MGET} reads one cached day per candidate and day of the range (values shaped
 * like the search cache's), as a warm search reads its days.
 */
final class RawSearch {

	private static final String CANDIDATES = """
			select p.id, min(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - ?) / 2), 2)
			         + cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2))))) as km
			from resources.location l
			join resources.practitioner_location pl on pl.location_id = l.id
			join resources.practitioner p on p.id = pl.practitioner_id
			where l.latitude between ? and ? and l.longitude between ? and ?
			  and p.specialties @> array[?]::text[] and p.insurance_plans @> array[?]::text[]
			group by p.id, p.rating
			having min(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - ?) / 2), 2)
			         + cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2))))) <= ?
			order by km, p.rating desc nulls last, p.id
			limit ?""";

	private static final String DAY = "1767000000-1767001800,1767001800-1767003600,1767003600-1767005400,"
			+ "1767005400-1767007200,1767007200-1767009000,1767009000-1767010800,1767010800-1767012600";

	private final DataSource dataSource;

	private final RedissonClient redisson;

	private final int days;

	RawSearch(DataSource dataSource, RedissonClient redisson, int days) {
		this.dataSource = dataSource;
		this.redisson = redisson;
		this.days = days;
	}

	/** Candidate query, then one MGET of their days; returns the elapsed nanoseconds. */
	long search(GeoPoint origin, double radiusKm, String specialty, String plan, int cap) throws SQLException {
		long began = System.nanoTime();
		List<String> keys = new ArrayList<>();
		candidates(origin, radiusKm, specialty, plan, cap).forEach((id) -> {
			for (int day = 0; day < this.days; day++) {
				keys.add(key(id, day));
			}
		});
		if (!keys.isEmpty()) {
			this.redisson.getBuckets(StringCodec.INSTANCE).get(keys.toArray(String[]::new));
		}
		return System.nanoTime() - began;
	}

	/** Stores the days {@link #search} reads (once, before measuring). */
	void prepare(GeoPoint origin, double radiusKm, String specialty, String plan, int cap) throws SQLException {
		RBatch batch = this.redisson.createBatch();
		candidates(origin, radiusKm, specialty, plan, cap).forEach((id) -> {
			for (int day = 0; day < this.days; day++) {
				batch.getBucket(key(id, day), StringCodec.INSTANCE).setAsync(DAY, Duration.ofMinutes(10));
			}
		});
		batch.execute();
	}

	List<UUID> candidates(GeoPoint origin, double radiusKm, String specialty, String plan, int cap)
			throws SQLException {
		double km = radiusKm;
		double dLat = km / 110.5;
		double dLon = km / (110.5 * Math.cos(Math.toRadians(Math.abs(origin.latitude()) + dLat)));
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement(CANDIDATES)) {
			int i = 1;
			query.setDouble(i++, origin.latitude());
			query.setDouble(i++, origin.latitude());
			query.setDouble(i++, origin.longitude());
			query.setDouble(i++, origin.latitude() - dLat);
			query.setDouble(i++, origin.latitude() + dLat);
			query.setDouble(i++, origin.longitude() - dLon);
			query.setDouble(i++, origin.longitude() + dLon);
			query.setString(i++, specialty);
			query.setString(i++, plan);
			query.setDouble(i++, origin.latitude());
			query.setDouble(i++, origin.latitude());
			query.setDouble(i++, origin.longitude());
			query.setDouble(i++, km);
			query.setInt(i, cap);
			List<UUID> ids = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
			return ids;
		}
	}

	private static String key(UUID practitioner, int day) {
		return "raw_limit:search:" + practitioner + ":" + day;
	}

}
