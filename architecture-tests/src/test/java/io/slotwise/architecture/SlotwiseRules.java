package io.slotwise.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.NullMarked;

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
	 * Domain events, the types marked with jMolecules' {@code @DomainEvent} or
	 * {@code DomainEvent}, are immutable values: records, or a sealed family of records,
	 * so listeners in other modules can rely on them never changing.
	 */
	static ArchRule eventsAreRecords(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.and(DescribedPredicate.describe("are marked as jMolecules domain events",
					(JavaClass type) -> type.isAnnotatedWith(DomainEvent.class)
							|| type.isAssignableTo(org.jmolecules.event.types.DomainEvent.class)))
			.should(beRecordsOrSealedFamiliesOfRecords())
			.allowEmptyShould(false)
			.because("domain events are records of ids and values, or sealed interfaces over such records");
	}

	private static ArchCondition<JavaClass> beRecordsOrSealedFamiliesOfRecords() {
		return new ArchCondition<>("be records or sealed interfaces whose permitted subtypes are records") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean satisfied = type.isRecord() || (type.isInterface() && isSealedFamilyOfRecords(type.reflect()));
				events.add(new SimpleConditionEvent(type, satisfied, type.getName()
						+ (satisfied ? " is" : " is neither a record nor a sealed interface of records")));
			}

		};
	}

	private static boolean isSealedFamilyOfRecords(Class<?> type) {
		return type.isSealed() && Arrays.stream(type.getPermittedSubclasses())
			.allMatch((member) -> member.isRecord() || (member.isInterface() && isSealedFamilyOfRecords(member)));
	}

	/**
	 * Every package says once, in its {@code package-info.java}, that its types are
	 * non-null unless marked {@code @Nullable}. Code jOOQ generates into
	 * {@code adapter.out.jooq.schema} is not ours to annotate.
	 */
	static ArchRule packagesAreNullMarked(String root) {
		ClassesTransformer<JavaPackage> packages = new AbstractClassesTransformer<>("packages under " + root) {

			@Override
			public Iterable<JavaPackage> doTransform(JavaClasses classes) {
				return classes.stream()
					.filter((type) -> type.getPackageName().equals(root)
							|| type.getPackageName().startsWith(root + "."))
					.filter((type) -> !type.getPackageName().contains(".adapter.out.jooq.schema"))
					.map(JavaClass::getPackage)
					.collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(JavaPackage::getName))));
			}

		};
		return all(packages).should(new ArchCondition<>("be annotated @NullMarked in package-info.java") {

			@Override
			public void check(JavaPackage javaPackage, ConditionEvents events) {
				boolean marked = javaPackage.isAnnotatedWith(NullMarked.class);
				events.add(new SimpleConditionEvent(javaPackage, marked,
						"package " + javaPackage.getName() + (marked ? " is" : " is not") + " @NullMarked"));
			}

		})
			.allowEmptyShould(false)
			.because("nullness is declared once per package (JSpecify), and only exceptions are marked @Nullable");
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
