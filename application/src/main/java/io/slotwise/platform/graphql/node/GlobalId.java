package io.slotwise.platform.graphql.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import graphql.GraphqlErrorException;

import org.springframework.graphql.execution.ErrorType;

/**
 * An opaque global id: base64url of {@code TypeName:uuid}. Clients must not parse it; it
 * is decoded here only, so its shape can change without breaking them.
 *
 * @param type the GraphQL type name, e.g. {@code Appointment}
 * @param id the object's own id within its type (its {@code id} field)
 */
record GlobalId(String type, String id) {

	/** Longer text cannot be a global id of ours; refused before any decoding work. */
	static final int MAX_LENGTH = 200;

	private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z]{0,60}");

	String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param text what the client sent
	 * @param nodeTypes the types that implement {@code Node}
	 * @return the id, or empty when the text is not a global id of one of those types
	 */
	static Optional<GlobalId> decode(String text, Set<String> nodeTypes) {
		if (text.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String plain;
		try {
			plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
		int colon = plain.indexOf(':');
		if (colon < 1 || !TYPE_NAME.matcher(plain.substring(0, colon)).matches()
				|| !nodeTypes.contains(plain.substring(0, colon))) {
			return Optional.empty();
		}
		String id = plain.substring(colon + 1);
		try {
			UUID.fromString(id);
		}
		catch (IllegalArgumentException notUuid) {
			return Optional.empty();
		}
		return Optional.of(new GlobalId(plain.substring(0, colon), id));
	}

	/** The typed error for text that is not a global id. */
	static GraphqlErrorException malformed(String field) {
		return GraphqlErrorException.newErrorException()
			.message("'" + field + "' is not a global id (take it from a nodeId field)")
			.errorClassification(ErrorType.BAD_REQUEST)
			.extensions(Map.of("code", "VALIDATION_FAILED", "field", field))
			.build();
	}

	/** The typed error for a list of ids that is absent or too long. */
	static GraphqlErrorException malformedList(String field, int max) {
		return GraphqlErrorException.newErrorException()
			.message("Give 1-" + max + " global ids")
			.errorClassification(ErrorType.BAD_REQUEST)
			.extensions(Map.of("code", "VALIDATION_FAILED", "field", field))
			.build();
	}

}
