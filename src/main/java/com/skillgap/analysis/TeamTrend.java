package com.skillgap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * How a team changed since its previous analysed quarter, by the rules of {@code scoring.md} ("Quarter over
 * quarter"). Both quarters must have been analysed with the same matrix. People are matched by email ignoring case
 * when both quarters have one, else by name lower-cased with spaces collapsed.
 *
 * @param previousQuarter the label of the quarter compared with
 * @param previousAverageFit the team's average fit in the previous quarter (scored with the compared matrix), by role
 * id, in matrix order
 * @param averageFitChange the unrounded change of the team's average fit, by role id, in matrix order
 * @param coverageChanges responsibilities whose coverage status changed, by id
 * @param joined display names of members not in the previous quarter, sorted
 * @param left display names of previous members no longer in the team, sorted
 * @param members one trend per current member, in the members' order; {@code null} for a member who joined
 */
public record TeamTrend(String previousQuarter, Map<String, Fraction> previousAverageFit,
		Map<String, Fraction> averageFitChange,
		List<CoverageChange> coverageChanges, List<String> joined, List<String> left, List<MemberTrend> members) {

	public TeamTrend {
		previousAverageFit = Collections.unmodifiableMap(new LinkedHashMap<>(previousAverageFit));
		averageFitChange = Collections.unmodifiableMap(new LinkedHashMap<>(averageFitChange));
		coverageChanges = List.copyOf(coverageChanges);
		joined = List.copyOf(joined);
		left = List.copyOf(left);
		members = Collections.unmodifiableList(new ArrayList<>(members));
	}

	/** Compares a team's quarter with its previous one, both analysed with {@code matrix}. */
	public static TeamTrend between(String previousQuarter, TeamAnalysis previous, TeamAnalysis current,
			Matrix matrix) {
		Map<String, Fraction> previousAverageFit = new LinkedHashMap<>();
		Map<String, Fraction> averageFitChange = new LinkedHashMap<>();
		for (Role role : matrix.roles()) {
			Fraction now = current.averageFit(role);
			Fraction then = previous.averageFit(role);
			if (now != null && then != null) {
				previousAverageFit.put(role.id(), then);
				averageFitChange.put(role.id(), now.minus(then));
			}
		}
		Set<MemberAnalysis> matched = Collections.newSetFromMap(new IdentityHashMap<>());
		List<MemberTrend> members = new ArrayList<>();
		List<String> joined = new ArrayList<>();
		for (MemberAnalysis member : current.members()) {
			Optional<MemberAnalysis> before = match(member.person(), previous.members(), matched);
			before.ifPresentOrElse(matched::add, () -> joined.add(member.person().name()));
			members.add(before.map(then -> trend(then, member, matrix)).orElse(null));
		}
		List<String> left = previous.members()
			.stream()
			.filter(member -> !matched.contains(member))
			.map(member -> member.person().name())
			.sorted()
			.toList();
		joined.sort(Comparator.naturalOrder());
		return new TeamTrend(previousQuarter, previousAverageFit, averageFitChange, coverageChanges(previous, current),
				joined, left, members);
	}

	/**
	 * A comparison with nothing to score in common (the previous quarter's matrix shares no responsibility with the
	 * current one): only who joined, who left, and who stayed, with no fit or coverage changes.
	 */
	public static TeamTrend peopleOnly(String previousQuarter, List<Person> previous, List<Person> current) {
		List<Person> unmatched = new ArrayList<>(previous);
		List<MemberTrend> members = new ArrayList<>();
		List<String> joined = new ArrayList<>();
		for (Person person : current) {
			Optional<Person> before = unmatched.stream().filter(then -> PersonKey.samePerson(then, person)).findFirst();
			before.ifPresentOrElse(unmatched::remove, () -> joined.add(person.name()));
			members.add(before.map(then -> new MemberTrend(Map.of(), Map.of(), List.of(), List.of())).orElse(null));
		}
		joined.sort(Comparator.naturalOrder());
		List<String> left = unmatched.stream().map(Person::name).sorted().toList();
		return new TeamTrend(previousQuarter, Map.of(), Map.of(), List.of(), joined, left, members);
	}

	/** The previous member who is the same person, not matched to anyone yet. */
	private static Optional<MemberAnalysis> match(Person person, List<MemberAnalysis> previous,
			Set<MemberAnalysis> matched) {
		return previous.stream()
			.filter(candidate -> !matched.contains(candidate))
			.filter(candidate -> PersonKey.samePerson(candidate.person(), person))
			.findFirst();
	}

	private static MemberTrend trend(MemberAnalysis then, MemberAnalysis now, Matrix matrix) {
		Map<String, Fraction> previousFit = new LinkedHashMap<>();
		Map<String, Fraction> fitChange = new LinkedHashMap<>();
		for (Role role : matrix.roles()) {
			previousFit.put(role.id(), then.fit(role).fit());
			fitChange.put(role.id(), now.fit(role).fit().minus(then.fit(role).fit()));
		}
		Role target = now.targetRole();
		List<Responsibility> closed = new ArrayList<>();
		List<Responsibility> opened = new ArrayList<>();
		for (Responsibility responsibility : matrix.requiredBy(target)) {
			int required = responsibility.requiredBy(target.id());
			boolean gapThen = then.person().levelOrZero(responsibility.id()) < required;
			boolean gapNow = now.person().levelOrZero(responsibility.id()) < required;
			if (gapThen && !gapNow) {
				closed.add(responsibility);
			}
			else if (!gapThen && gapNow) {
				opened.add(responsibility);
			}
		}
		Comparator<Responsibility> byId = Comparator.comparing(Responsibility::id);
		closed.sort(byId);
		opened.sort(byId);
		return new MemberTrend(previousFit, fitChange, closed, opened);
	}

	private static List<CoverageChange> coverageChanges(TeamAnalysis previous, TeamAnalysis current) {
		Map<String, CoverageStatus> before = new LinkedHashMap<>();
		previous.coverage().forEach(entry -> before.put(entry.responsibility().id(), entry.status()));
		return current.coverage()
			.stream()
			.filter(entry -> before.containsKey(entry.responsibility().id())
					&& before.get(entry.responsibility().id()) != entry.status())
			.map(entry -> new CoverageChange(entry.responsibility(), before.get(entry.responsibility().id()),
					entry.status()))
			.sorted(Comparator.comparing(change -> change.responsibility().id()))
			.toList();
	}

}
