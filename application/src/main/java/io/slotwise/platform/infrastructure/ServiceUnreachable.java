package io.slotwise.platform.infrastructure;

/**
 * A configured service could not be reached at start-up. Reported by
 * {@link ServiceUnreachableAnalyzer} as one readable paragraph instead of a stack trace.
 */
class ServiceUnreachable extends RuntimeException {

	private final transient ServiceAddress address;

	ServiceUnreachable(ServiceAddress address, Throwable cause) {
		super(address + " is unreachable: " + cause.getMessage(), cause);
		this.address = address;
	}

	ServiceAddress address() {
		return this.address;
	}

}
