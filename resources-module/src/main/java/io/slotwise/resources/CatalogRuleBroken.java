package io.slotwise.resources;

/**
 * Thrown by the catalog's value constructors when a value would break an invariant. The
 * policies in {@code domain} build values from staff input inside
 * {@code Decision.attempt}, which turns it into a typed refusal; one that escapes
 * anywhere else is a bug (a corrupt row, a wrong call), not bad input, which is why it is
 * not an {@link IllegalArgumentException}.
 */
public class CatalogRuleBroken extends RuntimeException {

	private final transient CatalogError error;

	public CatalogRuleBroken(CatalogError error) {
		super(error.message());
		this.error = error;
	}

	public CatalogError error() {
		return this.error;
	}

	static void require(boolean condition, CatalogError.Code code, String field, String message) {
		if (!condition) {
			throw new CatalogRuleBroken(new CatalogError(code, message, field));
		}
	}

	static String named(@org.jspecify.annotations.Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank() || value.strip().length() > maxLength) {
			throw new CatalogRuleBroken(new CatalogError(CatalogError.Code.VALIDATION_FAILED,
					field + " must be 1-" + maxLength + " characters", field));
		}
		return value.strip();
	}

	/** Specialties, capabilities and equipment types are UPPER_SNAKE codes. */
	static String code(@org.jspecify.annotations.Nullable String value, String field) {
		if (value == null || !value.matches("[A-Z][A-Z0-9_]{1,59}")) {
			throw new CatalogRuleBroken(new CatalogError(CatalogError.Code.VALIDATION_FAILED,
					field + " must be an UPPER_SNAKE code, got '" + value + "'", field));
		}
		return value;
	}

}
