package io.slotwise.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.slotwise.SlotwiseApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the product's structure: Modulith module boundaries (allowed dependencies,
 * only published APIs used, no cycles) and the hexagonal rules in {@link SlotwiseRules}.
 * Also writes the module diagrams and canvases to {@code docs/modules}.
 */
class ArchitectureTests {

	static final ApplicationModules modules = ApplicationModules.of(SlotwiseApplication.class);

	static JavaClasses product;

	@BeforeAll
	static void importProduct() {
		product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.slotwise");
	}

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * A canvas's "Published events" are the module's exposed types that implement
	 * jMolecules' {@code DomainEvent} or carry {@code @DomainEvent}
	 * ({@code ApplicationModule.getPublishedEvents()}): the same marker
	 * {@link SlotwiseRules#eventsAreRecords} keys on. An event family should therefore
	 * extend the {@code DomainEvent} interface, so that each of its records is listed,
	 * not only the annotated interface. Modulith has no canvas option that finds events
	 * from {@code ApplicationEventPublisher} calls.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases(Documenter.CanvasOptions.defaults());
	}

	@Test
	void domainIsFrameworkFree() {
		SlotwiseRules.domainIsFrameworkFree("io.slotwise").check(product);
	}

	@Test
	void domainDoesNotDependOnOuterLayers() {
		SlotwiseRules.domainDoesNotDependOnOuterLayers("io.slotwise").check(product);
	}

	@Test
	void jooqOnlyInJooqAdapters() {
		SlotwiseRules.jooqOnlyInJooqAdapters("io.slotwise").check(product);
	}

	@Test
	void redissonOnlyInRedisAdapters() {
		SlotwiseRules.redissonOnlyInRedisAdapters("io.slotwise").check(product);
	}

	@Test
	void controllersLiveInGraphQlAdapters() {
		SlotwiseRules.controllersLiveInGraphQlAdapters("io.slotwise").check(product);
	}

	@Test
	void controllersUseOnlyPublishedPorts() {
		SlotwiseRules.controllersUseOnlyPublishedPorts("io.slotwise").check(product);
	}

	@Test
	void operationsDeclareWhoMayCallThem() {
		SlotwiseRules.operationsDeclareWhoMayCallThem("io.slotwise").check(product);
	}

	@Test
	void noGenericNames() {
		SlotwiseRules.noGenericNames("io.slotwise").check(product);
	}

	@Test
	void eventsAreRecords() {
		SlotwiseRules.eventsAreRecords("io.slotwise").check(product);
	}

	@Test
	void packagesAreNullMarked() {
		SlotwiseRules.packagesAreNullMarked("io.slotwise").check(product);
	}

	@Test
	void modulesAreFreeOfCycles() {
		SlotwiseRules.modulesAreFreeOfCycles("io.slotwise").check(product);
	}

}
