package com.skillgap.matrix;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated responsibility matrix (see {@link MatrixLoader}): roles and responsibilities in file order, and the
 * lookups that match sheet text to them.
 */
public final class Matrix {

	private final String id;

	private final String version;

	private final ProficiencyScale scale;

	private final List<Role> roles;

	private final List<Responsibility> responsibilities;

	private final Map<String, Role> rolesByText = new HashMap<>();

	private final Map<String, Responsibility> responsibilitiesByText = new HashMap<>();

	public Matrix(String id, String version, ProficiencyScale scale, List<Role> roles,
			List<Responsibility> responsibilities) {
		this.id = id;
		this.version = version;
		this.scale = scale;
		this.roles = List.copyOf(roles);
		this.responsibilities = List.copyOf(responsibilities);
		for (Role role : this.roles) {
			this.rolesByText.put(HeaderText.normalise(role.id()), role);
			this.rolesByText.put(HeaderText.normalise(role.name()), role);
			role.aliases().forEach(alias -> this.rolesByText.put(HeaderText.normalise(alias), role));
		}
		for (Responsibility responsibility : this.responsibilities) {
			this.responsibilitiesByText.put(HeaderText.normalise(responsibility.id()), responsibility);
			this.responsibilitiesByText.put(HeaderText.normalise(responsibility.name()), responsibility);
			responsibility.aliases()
				.forEach(alias -> this.responsibilitiesByText.put(HeaderText.normalise(alias), responsibility));
		}
	}

	public String id() {
		return this.id;
	}

	public String version() {
		return this.version;
	}

	public ProficiencyScale scale() {
		return this.scale;
	}

	/** The roles, in matrix order (the order that breaks ties). */
	public List<Role> roles() {
		return this.roles;
	}

	/** The responsibilities, in matrix order. */
	public List<Responsibility> responsibilities() {
		return this.responsibilities;
	}

	/** The role a text names by id, name or alias. */
	public Optional<Role> findRole(String text) {
		return Optional.ofNullable(this.rolesByText.get(HeaderText.normalise(text)));
	}

	/** The responsibility a header names by id, name or alias. */
	public Optional<Responsibility> findResponsibility(String text) {
		return Optional.ofNullable(this.responsibilitiesByText.get(HeaderText.normalise(text)));
	}

	public Responsibility responsibility(String responsibilityId) {
		return findResponsibility(responsibilityId).filter(found -> found.id().equals(responsibilityId))
			.orElseThrow(() -> new IllegalArgumentException("no responsibility '" + responsibilityId + "'"));
	}

	/** Required by both roles (by two or more, in a matrix with more roles). */
	public boolean isOverlap(Responsibility responsibility) {
		return this.roles.stream().filter(role -> responsibility.isRequiredBy(role.id())).count() >= 2;
	}

	/** The responsibilities a role requires, in matrix order. */
	public List<Responsibility> requiredBy(Role role) {
		return this.responsibilities.stream().filter(r -> r.isRequiredBy(role.id())).toList();
	}

	/**
	 * The same matrix with only some of its responsibilities, and only the roles that still require one of them, for
	 * comparing two quarters analysed with different matrix versions; empty when no responsibility is left.
	 */
	public Optional<Matrix> restrictedTo(Collection<String> responsibilityIds) {
		List<Responsibility> kept = this.responsibilities.stream()
			.filter(responsibility -> responsibilityIds.contains(responsibility.id()))
			.toList();
		List<Role> roles = this.roles.stream()
			.filter(role -> kept.stream().anyMatch(responsibility -> responsibility.isRequiredBy(role.id())))
			.toList();
		return kept.isEmpty() ? Optional.empty()
				: Optional.of(new Matrix(this.id, this.version, this.scale, roles, kept));
	}

}
