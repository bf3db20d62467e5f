package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.DependentDraft;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.domain.family.Dependent;
import io.slotwise.scheduling.domain.family.Dependents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps guardians' dependents: the domain checks, this loads and saves.
 */
@Service
@Transactional
class DependentDesk implements ManageDependents {

	private final Dependents dependents;

	private final Clock clock;

	DependentDesk(Dependents dependents, Clock clock) {
		this.dependents = dependents;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DependentDetails> dependentsOf(PatientId guardian) {
		return this.dependents.ofGuardian(guardian);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<PatientId> wardsOf(PatientId guardian) {
		return this.dependents.ofGuardian(guardian).stream().map(DependentDetails::id).collect(Collectors.toSet());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<PatientId, DependentDetails> byIds(Collection<PatientId> patients) {
		return this.dependents.byIds(patients)
			.stream()
			.collect(Collectors.toMap(DependentDetails::id, Function.identity()));
	}

	@Override
	public Outcome<DependentDetails> addDependent(PatientId guardian, DependentDraft draft) {
		Outcome<DependentDetails> decided = Dependent.register(guardian, draft,
				this.dependents.ofGuardian(guardian).size(), today());
		decided.map((dependent) -> save(dependent));
		return decided;
	}

	@Override
	public Outcome<DependentDetails> updateDependent(PatientId guardian, PatientId dependent, DependentDraft draft) {
		Outcome<DependentDetails> decided = Dependent.change(guardian, this.dependents.byId(dependent), draft, today());
		decided.map((changed) -> save(changed));
		return decided;
	}

	@Override
	public Outcome<PatientId> removeDependent(PatientId guardian, PatientId dependent) {
		if (!this.dependents.byId(dependent).map((found) -> found.guardian().equals(guardian)).orElse(false)) {
			return Outcome.refused(Dependent.notFound());
		}
		if (this.dependents.hasUpcoming(dependent, this.clock.instant())) {
			return Outcome.refused(Problem.inField("dependentId", Problem.Code.VALIDATION_FAILED,
					"Cancel the dependent's upcoming appointments first"));
		}
		this.dependents.remove(dependent);
		return Outcome.done(dependent);
	}

	private DependentDetails save(DependentDetails dependent) {
		this.dependents.save(dependent);
		return dependent;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
