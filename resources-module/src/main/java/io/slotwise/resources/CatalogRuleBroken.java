package io.slotwise.resources;

/**
 * Thrown by the catalog's constructors when a value breaks an invariant; carries the
 * typed error so that use cases can hand it back as data.
 */
public class CatalogRuleBroken extends IllegalArgumentException {

	private final transient CatalogError error;

	public CatalogRuleBroken(CatalogError.Code code, String message, String field) {
		super(message);
		this.error = new CatalogError(code, message, field);
	}

	public CatalogError error() {
		return this.error;
	}

	static void require(boolean condition, CatalogError.Code code, String field, String message) {
		if (!condition) {
			throw new CatalogRuleBroken(code, message, field);
		}
	}

	static String named(String value, String field, int maxLength) {
		require(value != null && !value.isBlank() && value.strip().length() <= maxLength,
				CatalogError.Code.VALIDATION_FAILED, field, field + " must be 1-" + maxLength + " characters");
		return value.strip();
	}

	/** Specialties, capabilities and equipment types are UPPER_SNAKE codes. */
	static String code(String value, String field) {
		require(value != null && value.matches("[A-Z][A-Z0-9_]{1,59}"), CatalogError.Code.VALIDATION_FAILED, field,
				field + " must be an UPPER_SNAKE code, got '" + value + "'");
		return value;
	}

}
