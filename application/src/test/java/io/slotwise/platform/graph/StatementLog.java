package io.slotwise.platform.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Every SQL statement jOOQ sends, as text, so a test can count what one GraphQL request
 * cost. Only statements on the tables a request reads are kept (catalog tables and
 * appointments): background jobs of other modules (event publications, calendar
 * refreshes) run beside the request and must not blur the count.
 */
final class StatementLog implements ExecuteListener {

	private static final Pattern READ_BY_THE_GRAPH = Pattern
		.compile("\"resources\"\\.|\"scheduling\"\\.\"appointment\"|from resources\\.|from scheduling\\.appointment");

	private final Pattern counted;

	private final List<String> statements = new ArrayList<>();

	StatementLog() {
		this(READ_BY_THE_GRAPH);
	}

	/** Counts only statements that {@code counted} finds something in. */
	StatementLog(Pattern counted) {
		this.counted = counted;
	}

	@Override
	public void executeStart(ExecuteContext context) {
		String sql = context.sql();
		if (sql != null && this.counted.matcher(sql).find()) {
			synchronized (this.statements) {
				this.statements.add(sql);
			}
		}
	}

	void clear() {
		synchronized (this.statements) {
			this.statements.clear();
		}
	}

	List<String> statements() {
		synchronized (this.statements) {
			return List.copyOf(this.statements);
		}
	}

}
