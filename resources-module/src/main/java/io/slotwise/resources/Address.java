package io.slotwise.resources;

/**
 * A US street address (the ZIP is kept on the location, since it drives geocoding).
 *
 * @param street street and number
 * @param state two-letter USPS state code
 */
public record Address(String street, String city, String state) {

	public Address {
		street = CatalogRuleBroken.named(street, "street", 200);
		city = CatalogRuleBroken.named(city, "city", 100);
		CatalogRuleBroken.require(state != null && state.matches("[A-Z]{2}"), CatalogError.Code.VALIDATION_FAILED,
				"state", "state must be a two-letter code");
	}

}
