package io.slotwise.platform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The floor under every booking figure: the minimal booking transaction over plain JDBC,
 * one appointment row and three reservation rows (practitioner, room, equipment unit)
 * guarded by the same kind of exclusion constraint scheduling uses, in a schema of its
 * own that no module reads. Four statements and a commit, nothing else.
 */
final class RawBooking {

	private final DataSource dataSource;

	RawBooking(DataSource dataSource) throws SQLException {
		this.dataSource = dataSource;
		try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
			ddl.execute("create extension if not exists btree_gist");
			ddl.execute("drop schema if exists raw_limit cascade");
			ddl.execute("create schema raw_limit");
			ddl.execute("create table raw_limit.appointment (id uuid primary key, patient uuid not null,"
					+ " during tstzrange not null, status text not null)");
			ddl.execute(
					"create table raw_limit.reservation (appointment uuid not null references raw_limit.appointment,"
							+ " resource uuid not null, during tstzrange not null,"
							+ " constraint raw_limit_no_overlap exclude using gist (resource with =, during with &&))");
		}
	}

	/** One client's resources: its own practitioner, room and unit, sorted by id. */
	static List<UUID> resources() {
		List<UUID> ids = new ArrayList<>(List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
		ids.sort(null);
		return ids;
	}

	/**
	 * Books [start, start + length) on the resources; returns the elapsed nanoseconds.
	 */
	long book(List<UUID> resources, Instant start, Duration length) throws SQLException {
		long began = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			String during = "[" + Timestamp.from(start).toInstant() + "," + start.plus(length) + ")";
			UUID appointment = UUID.randomUUID();
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into raw_limit.appointment (id, patient, during, status) values (?, ?, ?::tstzrange, 'BOOKED')")) {
				insert.setObject(1, appointment);
				insert.setObject(2, UUID.randomUUID());
				insert.setString(3, during);
				insert.executeUpdate();
			}
			try (PreparedStatement reserve = connection.prepareStatement(
					"insert into raw_limit.reservation (appointment, resource, during) values (?, ?, ?::tstzrange)")) {
				for (UUID resource : resources) {
					reserve.setObject(1, appointment);
					reserve.setObject(2, resource);
					reserve.setString(3, during);
					reserve.executeUpdate();
				}
			}
			connection.commit();
		}
		return System.nanoTime() - began;
	}

}
