package io.slotwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Slotwise: appointment booking for multi-location healthcare practices, one modular
 * monolith with one GraphQL API.
 */
@SpringBootApplication
@Modulithic(systemName = "Slotwise")
public class SlotwiseApplication {

	public static void main(String[] args) {
		SpringApplication.run(SlotwiseApplication.class, args);
	}

}
