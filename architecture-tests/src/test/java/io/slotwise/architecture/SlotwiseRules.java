package io.slotwise.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;

/**
 * The layout rules of every Slotwise module. Written against package patterns (not module
 * names) so the same rules run over the product and over the deliberately broken fixtures
 * that prove each rule can fail. Every rule refuses to pass when it matches no class.
 */
final class SlotwiseRules {

	static final String[] FRAMEWORKS = { "org.springframework..", "org.jooq..", "org.redisson..", "graphql..",
			"jakarta.persistence..", "tools.jackson..", "com.fasterxml.jackson.." };

	private SlotwiseRules() {
	}

	/**
	 * The domain is plain Java: it can be read, tested and reasoned about without a
	 * framework.
	 */
	static ArchRule domainIsFrameworkFree(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.allowEmptyShould(false)
			.because("domain packages hold pure Java: no Spring, jOOQ, Redisson, GraphQL or Jackson");
	}

	/** The domain never reaches outwards into adapters or use-case implementations. */
	static ArchRule domainDoesNotDependOnOuterLayers(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(root + "..adapter..", root + "..application..")
			.allowEmptyShould(false)
			.because("dependencies point inwards, towards the domain");
	}

	/** SQL lives in one place per module, so a schema change has one place to look. */
	static ArchRule jooqOnlyInJooqAdapters(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..")
			.and()
			.resideOutsideOfPackage(root + "..adapter.out.jooq..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.jooq..")
			.allowEmptyShould(false)
			.because("jOOQ is used only in adapter.out.jooq packages");
	}

	/** Redis access lives in one place per module, behind a port the use cases own. */
	static ArchRule redissonOnlyInRedisAdapters(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..")
			.and()
			.resideOutsideOfPackages(root + "..adapter.out.redisson..", root + ".platform.infrastructure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.redisson..")
			.allowEmptyShould(false)
			.because("Redisson is used only in adapter.out.redisson packages (and platform start-up checks)");
	}

	/**
	 * GraphQL controllers are inbound adapters of a module (or the platform's root
	 * operations).
	 */
	static ArchRule controllersLiveInGraphQlAdapters(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.and()
			.areAnnotatedWith("org.springframework.stereotype.Controller")
			.should()
			.resideInAnyPackage(root + "..adapter.in.graphql..", root + ".platform.graphql..")
			.allowEmptyShould(false)
			.because("GraphQL controllers live in adapter.in.graphql");
	}

	/**
	 * Controllers talk to use cases through the module's published ports, never to
	 * internals.
	 */
	static ArchRule controllersUseOnlyPublishedPorts(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..adapter.in.graphql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(root + "..domain..", root + "..application..", root + "..adapter.out..")
			.allowEmptyShould(false)
			.because("controllers call the module's root-package ports only");
	}

	/** Every root operation states who may call it. */
	static ArchRule operationsDeclareWhoMayCallThem(String root) {
		return methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(root + "..")
			.and(are(annotatedWith(QueryMapping.class).or(annotatedWith(MutationMapping.class))
				.or(annotatedWith(SubscriptionMapping.class))))
			.should()
			.beAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
			.allowEmptyShould(false)
			.because("every GraphQL operation declares who may call it with @PreAuthorize");
	}

	/** Names from the domain, not from a framework's vocabulary. */
	static ArchRule noGenericNames(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..")
			.should()
			.haveSimpleNameEndingWith("Impl")
			.orShould()
			.haveSimpleNameEndingWith("Dto")
			.orShould()
			.haveSimpleNameEndingWith("Manager")
			.orShould()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Entity")
			.allowEmptyShould(false)
			.because("classes are named after the domain (no *Impl, *Dto, *Manager, *Util, *Entity)");
	}

	/**
	 * Domain events (past-tense names in a module's published package) are immutable
	 * values: records, so listeners in other modules can rely on them never changing.
	 */
	static ArchRule eventsAreRecords(String root) {
		return classes().that()
			.resideInAPackage(root + ".*")
			.and()
			.haveSimpleNameEndingWith("ed")
			.and()
			.areNotInterfaces()
			.and()
			.areNotEnums()
			.and()
			.areNotAssignableTo(Throwable.class)
			.should()
			.beAssignableTo(Record.class)
			.allowEmptyShould(false)
			.because("domain events are records of ids and values");
	}

	/**
	 * Modules (first package level below the root) never depend on each other in a cycle.
	 */
	static ArchRule modulesAreFreeOfCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(false)
			.because("module dependencies form a directed acyclic graph");
	}

}
