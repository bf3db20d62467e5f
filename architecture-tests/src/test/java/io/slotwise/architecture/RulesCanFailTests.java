package io.slotwise.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule that cannot fail proves nothing. Each rule is run against the fixture classes in
 * {@code fixtures.clinic}, each written to break it, and must report the violation.
 */
class RulesCanFailTests {

	static final JavaClasses fixtures = new ClassFileImporter().importPackages("fixtures");

	@TestFactory
	Iterable<DynamicTest> everyRuleCatchesItsViolation() {
		Map<String, ArchRule> rules = Map.ofEntries(
				Map.entry("domain is framework-free", SlotwiseRules.domainIsFrameworkFree("fixtures")),
				Map.entry("domain does not depend on outer layers",
						SlotwiseRules.domainDoesNotDependOnOuterLayers("fixtures")),
				Map.entry("jOOQ only in jOOQ adapters", SlotwiseRules.jooqOnlyInJooqAdapters("fixtures")),
				Map.entry("Redisson only in Redis adapters", SlotwiseRules.redissonOnlyInRedisAdapters("fixtures")),
				Map.entry("controllers live in GraphQL adapters",
						SlotwiseRules.controllersLiveInGraphQlAdapters("fixtures")),
				Map.entry("controllers use only published ports",
						SlotwiseRules.controllersUseOnlyPublishedPorts("fixtures")),
				Map.entry("operations declare who may call them",
						SlotwiseRules.operationsDeclareWhoMayCallThem("fixtures")),
				Map.entry("no generic names", SlotwiseRules.noGenericNames("fixtures")),
				Map.entry("events are records", SlotwiseRules.eventsAreRecords("fixtures")),
				Map.entry("sealed event families hold only records",
						SlotwiseRules.eventsAreRecords("fixtures.clinic.visits")),
				Map.entry("packages are null-marked", SlotwiseRules.packagesAreNullMarked("fixtures")),
				Map.entry("modules are free of cycles", SlotwiseRules.modulesAreFreeOfCycles("fixtures.clinic")));
		return rules.entrySet()
			.stream()
			.map((rule) -> DynamicTest.dynamicTest(rule.getKey(),
					() -> assertThatThrownBy(() -> rule.getValue().check(fixtures)).isInstanceOf(AssertionError.class)
						.hasMessageContaining("was violated")))
			.toList();
	}

	@Test
	void theEventRuleSeesBothMarkers() {
		assertThatThrownBy(() -> SlotwiseRules.eventsAreRecords("fixtures").check(fixtures))
			.hasMessageContaining("fixtures.clinic.AppointmentBooked is neither")
			.hasMessageContaining("fixtures.clinic.visits.VisitEvent$Ended is neither")
			.hasMessageContaining("fixtures.clinic.visits.VisitEvent is neither")
			.hasMessageNotContaining("VisitEvent$Started");
	}

	/**
	 * The other half of meaning something: a rule must accept what it is meant to allow.
	 */
	@Test
	void rulesAcceptSoundCode() {
		JavaClasses sound = new ClassFileImporter().importPackages("fixtures.sound");
		SlotwiseRules.eventsAreRecords("fixtures.sound").check(sound);
		SlotwiseRules.packagesAreNullMarked("fixtures.sound").check(sound);
	}

}
