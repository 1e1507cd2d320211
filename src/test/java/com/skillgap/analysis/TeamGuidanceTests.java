package com.skillgap.analysis;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;
import com.skillgap.matrix.Responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The team guidance of scoring.md ("Per team": mentor suggestion, next-hire profile) and of run-summary.md
 * ({@code learningPlan}, {@code nextHire}), checked against expectations worked out by hand from the spec.
 *
 * <p>
 * Mentor and learning-plan tests use this matrix (w = weight, then the level each role requires; – = not required):
 *
 * <pre>
 * responsibility  w  cloud  devops  learning
 * kubernetes      3    1      4     K1, K2
 * pipelines       2    1      4     P1, P2
 * monitoring      1    –      2     M1
 * </pre>
 *
 * A Cloud Engineer at 1 or more in kubernetes and pipelines has no gap, so the mentors of these tests are Cloud
 * Engineers with no learning plan of their own, and the members who need mentoring are DevOps Engineers.
 */
class TeamGuidanceTests {

	private static final String HEADER = """
			id: test-guidance
			version: "test"
			""";

	private static final String CLOUD_THEN_DEVOPS = """
			roles:
			  - id: cloud-engineer
			    name: Cloud Engineer
			    aliases: [cloud engineer, cloud]
			  - id: devops-engineer
			    name: DevOps Engineer
			    aliases: [devops engineer, devops]
			""";

	private static final String DEVOPS_THEN_CLOUD = """
			roles:
			  - id: devops-engineer
			    name: DevOps Engineer
			    aliases: [devops engineer, devops]
			  - id: cloud-engineer
			    name: Cloud Engineer
			    aliases: [cloud engineer, cloud]
			""";

	private static final Matrix MATRIX = load(HEADER + CLOUD_THEN_DEVOPS + """
			responsibilities:
			  - id: kubernetes
			    name: Kubernetes
			    area: Containers
			    weight: 3
			    required: { cloud-engineer: 1, devops-engineer: 4 }
			    learning: [K1, K2]
			  - id: pipelines
			    name: CI/CD pipelines
			    area: Release automation
			    weight: 2
			    required: { cloud-engineer: 1, devops-engineer: 4 }
			    learning: [P1, P2]
			  - id: monitoring
			    name: Monitoring
			    area: Operations
			    weight: 1
			    required: { devops-engineer: 2 }
			    learning: [M1]
			""");

	/**
	 * Next-hire tests use this matrix, listed out of id order:
	 *
	 * <pre>
	 * responsibility  w  cloud  devops
	 * containers      3    –      3
	 * backups         3    3      –
	 * pipelines       2    –      3
	 * networking      2    3      –
	 * kubernetes      3    2      4     overlap
	 * identity        1    2      –
	 * alerting        1    –      2
	 * </pre>
	 */
	private static final String HIRING_RESPONSIBILITIES = """
			responsibilities:
			  - { id: containers, name: Containers, area: Delivery, weight: 3, required: { devops-engineer: 3 } }
			  - { id: backups, name: Backups, area: Operations, weight: 3, required: { cloud-engineer: 3 } }
			  - { id: pipelines, name: Pipelines, area: Delivery, weight: 2, required: { devops-engineer: 3 } }
			  - { id: networking, name: Networking, area: Platform, weight: 2, required: { cloud-engineer: 3 } }
			  - id: kubernetes
			    name: Kubernetes
			    area: Delivery
			    weight: 3
			    required: { cloud-engineer: 2, devops-engineer: 4 }
			  - { id: identity, name: Identity, area: Platform, weight: 1, required: { cloud-engineer: 2 } }
			  - { id: alerting, name: Alerting, area: Operations, weight: 1, required: { devops-engineer: 2 } }
			""";

	private static final Matrix HIRING = load(HEADER + CLOUD_THEN_DEVOPS + HIRING_RESPONSIBILITIES);

	private static final List<String> HIRING_IDS = List.of("containers", "backups", "pipelines", "networking",
			"kubernetes", "identity", "alerting");

	private final GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);

	// Mentor: who qualifies

	@Test
	void theMentorIsATeammateAtLevelThreeOrAbove() {
		// given
		// Ana (devops): kubernetes 2 → g 4 − 2 = 2, priority 3 × 2 = 6; pipelines 4, monitoring 2: no gap
		// Bruno (cloud): kubernetes 2, below 3 → does not qualify, though his name comes first
		// Chen (cloud): kubernetes 3 → qualifies
		Person ana = devops("Ana Lima", 2, 4, 2);
		Person bruno = cloud("Bruno Costa", 2, 1);
		Person chen = cloud("Chen Wei", 3, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno, chen));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Chen Wei"));
		assertThat(plan(result, "Bruno Costa")).isEmpty();
		assertThat(plan(result, "Chen Wei")).isEmpty();
	}

	@Test
	void theMemberIsNeverTheirOwnMentor() {
		// given Ana at 3 in kubernetes (devops requires 4: g 1, priority 3): at the practitioner level herself, and
		// first by name; Zoe at 3 is the only teammate who qualifies
		Person ana = devops("Ana Lima", 3, 4, 2);
		Person zoe = cloud("Zoe Park", 3, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, zoe));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Zoe Park"));
	}

	@Test
	void noMentorWhenTheOnlyOneQualifiedIsTheMemberThemself() {
		// given Ana at 3 in kubernetes (gap 1 against devops' 4), Bruno at 2
		Person ana = devops("Ana Lima", 3, 4, 2);
		Person bruno = cloud("Bruno Costa", 2, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", null));
	}

	@Test
	void aTeammateWithTheSameDisplayNameIsStillATeammate() {
		// given two people named Ana Lima, told apart by their emails (input-format.md keeps both):
		// the DevOps Engineer at 1 in kubernetes (g 3), the Cloud Engineer at 4 — a teammate, not the member
		Person learner = new Person("Ana Lima", "ana.lima@one.example", "DevOps Engineer", null,
				Map.of("kubernetes", 1, "pipelines", 4, "monitoring", 2));
		Person namesake = new Person("Ana Lima", "ana.lima@two.example", "Cloud Engineer", null,
				Map.of("kubernetes", 4, "pipelines", 1));

		// when
		TeamAnalysis result = this.analysis.analyse(team(learner, namesake));

		// then
		assertThat(result.learningPlans().get(0)).extracting(LearningStep::mentor).containsExactly(namesake);
		assertThat(result.learningPlans().get(1)).isEmpty();
	}

	@Test
	void noMentorWhenNobodyQualifies() {
		// given
		// Ana (devops): kubernetes 1 → g 3, priority 9
		// Bruno (cloud): kubernetes 2 → below 3
		// Aaron (cloud): kubernetes not assessed → a cloud gap of his own: g 1 − 0 = 1, priority 3, from null
		// teammates at ≥ 3 in kubernetes: none, for Ana (Bruno 2, Aaron –) and for Aaron (Ana 1, Bruno 2)
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person bruno = cloud("Bruno Costa", 2, 1);
		Person aaron = person("Aaron Diaz", "Cloud Engineer", null, Map.of("pipelines", 1));

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno, aaron));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", null));
		assertThat(steps(result, "Aaron Diaz")).containsExactly(tuple("kubernetes", null));
		assertThat(plan(result, "Bruno Costa")).isEmpty();
	}

	@Test
	void notAssessedNeverQualifiesEvenWhenLevelZeroWould() {
		// given practitioners from level 0, so that a teammate assessed at 0 qualifies
		// Ana (devops): kubernetes 1 → g 3
		// Aaron (cloud): kubernetes not assessed → not a level, never a mentor, though first by name
		// Zora (cloud): kubernetes 0 → qualifies at level ≥ 0
		GapAnalysis fromZero = new GapAnalysis(MATRIX, new ScoringRules(BigDecimal.valueOf(80), 0, 2));
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person aaron = person("Aaron Diaz", "Cloud Engineer", null, Map.of("pipelines", 1));
		Person zora = cloud("Zora Ilic", 0, 1);

		// when
		TeamAnalysis result = fromZero.analyse(team(ana, aaron, zora));

		// then Ana's only qualified teammate is Zora (Aaron's not-assessed is not 0)
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Zora Ilic"));
	}

	@Test
	void withTheCoverageLevelAtTwoALevelTwoTeammateQualifies() {
		// given practitioners from level 2
		// Ana (devops): kubernetes 1 → g 3; Bruno (cloud): kubernetes 2 → qualifies at level ≥ 2
		GapAnalysis fromTwo = new GapAnalysis(MATRIX, new ScoringRules(BigDecimal.valueOf(80), 2, 2));
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person bruno = cloud("Bruno Costa", 2, 1);

		// when
		TeamAnalysis atTwo = fromTwo.analyse(team(ana, bruno));
		TeamAnalysis atThree = this.analysis.analyse(team(ana, bruno));

		// then
		assertThat(steps(atTwo, "Ana Lima")).containsExactly(tuple("kubernetes", "Bruno Costa"));
		assertThat(steps(atThree, "Ana Lima")).containsExactly(tuple("kubernetes", null));
	}

	@Test
	void withTheCoverageLevelAtTwoAHigherLevelIsStillPreferred() {
		// given practitioners from level 2; reading "level 4 over 3" as "the higher level first"
		// Ana (devops): kubernetes 1 → g 3; Bruno (cloud) at 2 and Zoe (cloud) at 3 both qualify
		// Bruno would win on name; Zoe's higher level wins first
		GapAnalysis fromTwo = new GapAnalysis(MATRIX, new ScoringRules(BigDecimal.valueOf(80), 2, 2));
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person bruno = cloud("Bruno Costa", 2, 1);
		Person zoe = cloud("Zoe Park", 3, 1);

		// when
		TeamAnalysis result = fromTwo.analyse(team(ana, bruno, zoe));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Zoe Park"));
	}

	// Mentor: which of the qualified

	@Test
	void levelFourIsPreferredOverLevelThree() {
		// given Ana (devops): kubernetes 1 → g 3; Bruno at 3 (first by name), Zoe at 4
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person bruno = cloud("Bruno Costa", 3, 1);
		Person zoe = cloud("Zoe Park", 4, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno, zoe));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Zoe Park"));
	}

	@Test
	void theFewestSuggestionsSoFarBreaksATieOnLevel() {
		// given
		// Ana (devops): kubernetes 1 → g 3, priority 9; pipelines 1 → g 3, priority 6; monitoring 2: no gap
		// Bruno (cloud): kubernetes 4, pipelines 4; Chen (cloud): kubernetes 1, pipelines 4
		// kubernetes: only Bruno qualifies → Bruno (Bruno 1 suggestion, Chen 0)
		// pipelines: Bruno 4, Chen 4 → level tie; Chen has fewer suggestions (0 < 1) → Chen (Bruno by name)
		Person ana = devops("Ana Lima", 1, 1, 2);
		Person bruno = cloud("Bruno Costa", 4, 4);
		Person chen = cloud("Chen Wei", 1, 4);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno, chen));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Bruno Costa"),
				tuple("pipelines", "Chen Wei"));
	}

	@Test
	void aHigherLevelWinsOverFewerSuggestions() {
		// given
		// Ana (devops): kubernetes 1 → priority 9; pipelines 1 → priority 6
		// Bruno (cloud): kubernetes 4, pipelines 4; Chen (cloud): kubernetes 1, pipelines 3
		// kubernetes: only Bruno → Bruno (1 suggestion)
		// pipelines: Bruno 4 with 1 suggestion, Chen 3 with 0 → level first → Bruno again
		Person ana = devops("Ana Lima", 1, 1, 2);
		Person bruno = cloud("Bruno Costa", 4, 4);
		Person chen = cloud("Chen Wei", 1, 3);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno, chen));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Bruno Costa"),
				tuple("pipelines", "Bruno Costa"));
	}

	@Test
	void suggestionsAreCountedAcrossTheTeamAndMembersAreTakenInOrderOfDisplayName() {
		// given, in this team order: Yara, Bruno, Chen, Adam
		// Yara and Adam (devops): kubernetes 1 → g 3 each; Bruno and Chen (cloud): kubernetes 4, no gaps
		// by display name: Adam, Bruno, Chen, Yara
		// Adam/kubernetes: Bruno 4 (0), Chen 4 (0) → name → Bruno (Bruno 1)
		// Yara/kubernetes: Bruno 4 (1), Chen 4 (0) → fewest → Chen
		// (taken in team order instead, Yara would get Bruno and Adam Chen)
		Person yara = devops("Yara Haddad", 1, 4, 2);
		Person bruno = cloud("Bruno Costa", 4, 1);
		Person chen = cloud("Chen Wei", 4, 1);
		Person adam = devops("Adam Novak", 1, 4, 2);

		// when
		TeamAnalysis result = this.analysis.analyse(team(yara, bruno, chen, adam));

		// then
		assertThat(steps(result, "Adam Novak")).containsExactly(tuple("kubernetes", "Bruno Costa"));
		assertThat(steps(result, "Yara Haddad")).containsExactly(tuple("kubernetes", "Chen Wei"));
	}

	@Test
	void membersAreTakenInPlainCharacterOrderOfTheirNames() {
		// given, in this team order: ada, Émile, Zed, then three mentors at 4 in kubernetes with no gaps
		// ada, Émile, Zed (devops): kubernetes 1 → g 3 each
		// plain character order of the members: "Zed" (Z U+005A) < "ada" (a U+0061) < "Émile" (É U+00C9)
		// Zed/kubernetes: all three at 4 with 0 suggestions → name → Bruno
		// ada/kubernetes: Bruno 1, Chen 0, Dana 0 → Chen (before Dana by name)
		// Émile/kubernetes: Bruno 1, Chen 1, Dana 0 → Dana
		// (team order, or a locale's or case-blind order, would take ada first and give her Bruno)
		Person ada = devops("ada", 1, 4, 2);
		Person emile = devops("Émile", 1, 4, 2);
		Person zed = devops("Zed", 1, 4, 2);
		Person bruno = cloud("Bruno", 4, 1);
		Person chen = cloud("Chen", 4, 1);
		Person dana = cloud("Dana", 4, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ada, emile, zed, bruno, chen, dana));

		// then
		assertThat(steps(result, "Zed")).containsExactly(tuple("kubernetes", "Bruno"));
		assertThat(steps(result, "ada")).containsExactly(tuple("kubernetes", "Chen"));
		assertThat(steps(result, "Émile")).containsExactly(tuple("kubernetes", "Dana"));
	}

	@Test
	void eachMembersTopGapsAreTakenInTheirOrderNotMatrixOrder() {
		// given
		// Ana (devops): kubernetes 3 → g 1, priority 3; pipelines 0 → g 4, priority 8; monitoring 2: no gap
		// top gaps: pipelines (8), kubernetes (3) — the reverse of matrix order
		// Bruno and Chen (cloud): kubernetes 4, pipelines 4
		// pipelines: Bruno 4 (0), Chen 4 (0) → name → Bruno (Bruno 1)
		// kubernetes: Bruno 4 (1), Chen 4 (0) → Chen (Ana, at 3, is never her own mentor)
		// (in matrix order instead: kubernetes → Bruno, pipelines → Chen)
		Person ana = devops("Ana Lima", 3, 0, 2);
		Person bruno = cloud("Bruno Costa", 4, 4);
		Person chen = cloud("Chen Wei", 4, 4);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bruno, chen));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("pipelines", "Bruno Costa"),
				tuple("kubernetes", "Chen Wei"));
	}

	@Test
	void theFirstNameInPlainCharacterOrderPutsUppercaseBeforeLowercase() {
		// given Ana (devops): kubernetes 1 → g 3; "bea" and "Zeno" at 4 with 0 suggestions each, bea first in the
		// team; "Zeno" (Z U+005A) < "bea" (b U+0062)
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person bea = cloud("bea", 4, 1);
		Person zeno = cloud("Zeno", 4, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, bea, zeno));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Zeno"));
	}

	@Test
	void theFirstNameInPlainCharacterOrderPutsAUmlautAfterZ() {
		// given Ana (devops): kubernetes 1 → g 3; "Änne Berg" and "Zoltan Kiss" at 4 with 0 suggestions each,
		// Änne first in the team; "Zoltan Kiss" (Z U+005A) < "Änne Berg" (Ä U+00C4)
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person anne = cloud("Änne Berg", 4, 1);
		Person zoltan = cloud("Zoltan Kiss", 4, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, anne, zoltan));

		// then
		assertThat(steps(result, "Ana Lima")).containsExactly(tuple("kubernetes", "Zoltan Kiss"));
	}

	@Test
	void theMentorIsTheTeammatesOwnRecord() {
		// given
		Person ana = devops("Ana Lima", 1, 4, 2);
		Person zoe = cloud("Zoe Park", 4, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana, zoe));

		// then
		assertThat(plan(result, "Ana Lima").get(0).mentor()).isEqualTo(zoe);
	}

	// Learning plan

	@Test
	void aLearningPlanHasOneStepPerTopGapInTheSameOrder() {
		// given Ana (devops): kubernetes not assessed, pipelines 2, monitoring 0
		// kubernetes: g 4 − 0 = 4, priority 3 × 4 = 12, from null (not assessed), to 4
		// pipelines: g 4 − 2 = 2, priority 2 × 2 = 4, from 2, to 4
		// monitoring: g 2 − 0 = 2, priority 1 × 2 = 2, from 0 (assessed at 0), to 2
		Person ana = person("Ana Lima", "DevOps Engineer", null, Map.of("pipelines", 2, "monitoring", 0));

		// when
		TeamAnalysis result = this.analysis.analyse(team(ana));

		// then
		MemberAnalysis member = result.members().get(0);
		List<LearningStep> plan = result.learningPlan(member);
		assertThat(plan).extracting(LearningStep::gap).containsExactlyElementsOf(member.topGaps());
		assertThat(plan).extracting(step -> step.gap().responsibility().id(), step -> step.gap().actual(),
				step -> step.gap().required(), LearningStep::suggestions, LearningStep::mentor)
			.containsExactly(tuple("kubernetes", null, 4, List.of("K1", "K2"), null),
					tuple("pipelines", 2, 4, List.of("P1", "P2"), null),
					tuple("monitoring", 0, 2, List.of("M1"), null));
	}

	@Test
	void aLearningStepGoesToTheLevelTheTargetRoleRequires() {
		// given Bruno, a Cloud Engineer aiming at DevOps Engineer: kubernetes 2, pipelines 4, monitoring 2
		// against devops: kubernetes g 4 − 2 = 2 → from 2 to 4 (cloud would require only 1: no gap at all)
		Person bruno = person("Bruno Costa", "Cloud Engineer", "DevOps Engineer",
				Map.of("kubernetes", 2, "pipelines", 4, "monitoring", 2));

		// when
		TeamAnalysis result = this.analysis.analyse(team(bruno));

		// then
		assertThat(result.learningPlans().get(0)).extracting(step -> step.gap().responsibility().id(),
				step -> step.gap().actual(), step -> step.gap().required(), LearningStep::suggestions)
			.containsExactly(tuple("kubernetes", 2, 4, List.of("K1", "K2")));
	}

	@Test
	void theLearningPlanIsEmptyWhenThereIsNoGap() {
		// given Chen (cloud): kubernetes 1, pipelines 1 → cloud requires 1 and 1: no gap
		Person chen = cloud("Chen Wei", 1, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(chen));

		// then
		assertThat(result.learningPlans()).containsExactly(List.of());
	}

	@Test
	void learningPlansAreInTheTeamsOrder() {
		// given, in this team order: Zoe (devops, kubernetes 1 → g 3) and Ana (cloud, no gap; at 4, her mentor)
		Person zoe = devops("Zoe Park", 1, 4, 2);
		Person ana = cloud("Ana Lima", 4, 1);

		// when
		TeamAnalysis result = this.analysis.analyse(team(zoe, ana));

		// then
		assertThat(result.learningPlans()).hasSize(2);
		assertThat(result.learningPlans().get(0)).extracting(step -> step.gap().responsibility().id(),
				step -> step.mentor().name())
			.containsExactly(tuple("kubernetes", "Ana Lima"));
		assertThat(result.learningPlans().get(1)).isEmpty();
		assertThat(result.learningPlan(result.members().get(0))).isEqualTo(result.learningPlans().get(0));
		assertThat(result.learningPlan(result.members().get(1))).isEqualTo(result.learningPlans().get(1));
	}

	@Test
	void aLearningPlanHasAtMostFiveStepsAndNoSuggestionsWhereTheMatrixGivesNone() {
		// given the six-gap matrix (no learning suggestions), a DevOps Engineer assessed only on git-workflows (1):
		//   responsibility  w  devops  gap  priority
		//   deployments     2    3      3      6
		//   alerting        3    4      4     12
		//   firewalls       1    2      2      2   (sixth: left out)
		//   containers      2    3      3      6
		//   backups         3    2      2      6
		//   eventing        1    4      4      4
		//   git-workflows   1    1      0      –
		Person jade = person("Jade Moreau", "DevOps Engineer", null, Map.of("git-workflows", 1));

		// when
		TeamAnalysis result = new GapAnalysis(sixGapMatrix(), ScoringRules.DEFAULT).analyse(team(jade));

		// then
		assertThat(result.learningPlans().get(0))
			.extracting(step -> step.gap().responsibility().id(), step -> step.gap().required(),
					LearningStep::suggestions, LearningStep::mentor)
			.containsExactly(tuple("alerting", 4, List.of(), null), tuple("containers", 3, List.of(), null),
					tuple("deployments", 3, List.of(), null), tuple("backups", 2, List.of(), null),
					tuple("eventing", 4, List.of(), null));
	}

	// Next hire

	@Test
	void noNextHireWhenEveryResponsibilityIsCovered() {
		// given two members at 3 in everything → 2 practitioners each → covered (target 2)
		Person ana = person("Ana Lima", levels(3, Map.of()));
		Person bruno = person("Bruno Costa", levels(3, Map.of()));

		// when
		TeamAnalysis result = hiring(ScoringRules.DEFAULT).analyse(team(ana, bruno));

		// then
		assertThat(result.count(CoverageStatus.COVERED)).isEqualTo(7);
		assertThat(result.nextHire()).isNull();
	}

	@Test
	void noNextHireWhenEveryResponsibilityIsCoveredOrThin() {
		// given a coverage target of 3; Ana and Bruno at 3 in everything, Chen at 2 except containers at 3
		// containers: 3 practitioners → covered; every other: 2 → thin
		Person ana = person("Ana Lima", levels(3, Map.of()));
		Person bruno = person("Bruno Costa", levels(3, Map.of()));
		Person chen = person("Chen Wei", levels(2, Map.of("containers", 3)));

		// when
		TeamAnalysis result = hiring(new ScoringRules(BigDecimal.valueOf(80), 3, 3)).analyse(team(ana, bruno, chen));

		// then
		assertThat(result.count(CoverageStatus.COVERED)).isEqualTo(1);
		assertThat(result.count(CoverageStatus.THIN)).isEqualTo(6);
		assertThat(result.nextHire()).isNull();
	}

	@Test
	void thinResponsibilitiesAreNotPartOfTheNextHire() {
		// given a coverage target of 3; Ana and Bruno at 3 in everything except alerting, where only Ana is;
		// Chen at 2 in everything
		// alerting: 1 practitioner → single point of failure; every other: 2 → thin
		Person ana = person("Ana Lima", levels(3, Map.of()));
		Person bruno = person("Bruno Costa", levels(3, Map.of("alerting", 2)));
		Person chen = person("Chen Wei", levels(2, Map.of()));

		// when
		TeamAnalysis result = hiring(new ScoringRules(BigDecimal.valueOf(80), 3, 3)).analyse(team(ana, bruno, chen));

		// then alerting is devops only: cloud Σ w = 0, devops 1
		assertThat(nextHire(result)).containsExactly("devops-engineer", List.of("alerting"));
	}

	@Test
	void theNextHireCoversTheUncoveredAndSinglePointsOfFailureByWeightThenId() {
		// given
		//   responsibility  w   Ana  Bruno  practitioners  status
		//   containers      3    3     2        1          single point of failure
		//   backups         3    2     1        0          uncovered
		//   pipelines       2    3     4        2          covered
		//   networking      2    2     3        1          single point of failure
		//   kubernetes      3    4     3        2          covered
		//   identity        1    2     –        0          uncovered
		//   alerting        1    2     2        0          uncovered
		// by weight descending, then id: backups, containers (3); networking (2); alerting, identity (1)
		// cloud: backups 3 + networking 2 + identity 1 = 6; devops: containers 3 + alerting 1 = 4 → cloud
		Person ana = person("Ana Lima", Map.of("containers", 3, "backups", 2, "pipelines", 3, "networking", 2,
				"kubernetes", 4, "identity", 2, "alerting", 2));
		Person bruno = person("Bruno Costa", Map.of("containers", 2, "backups", 1, "pipelines", 4, "networking", 3,
				"kubernetes", 3, "alerting", 2));

		// when
		TeamAnalysis result = hiring(ScoringRules.DEFAULT).analyse(team(ana, bruno));

		// then
		assertThat(nextHire(result)).containsExactly("cloud-engineer",
				List.of("backups", "containers", "networking", "alerting", "identity"));
	}

	@Test
	void theNextHireRoleHasTheLargestSumOfWeights() {
		// given Ana and Bruno at 3 in everything, except:
		// containers: Bruno 2 → 1 practitioner → single point of failure
		// pipelines: both 2 → uncovered; identity: both 1 → uncovered
		// list: containers (3), pipelines (2), identity (1)
		// cloud: identity 1 = 1; devops: containers 3 + pipelines 2 = 5 → devops, second in matrix order
		Person ana = person("Ana Lima", levels(3, Map.of("pipelines", 2, "identity", 1)));
		Person bruno = person("Bruno Costa", levels(3, Map.of("containers", 2, "pipelines", 2, "identity", 1)));

		// when
		TeamAnalysis result = hiring(ScoringRules.DEFAULT).analyse(team(ana, bruno));

		// then
		assertThat(nextHire(result)).containsExactly("devops-engineer",
				List.of("containers", "pipelines", "identity"));
	}

	@Test
	void aTieOnTheSumOfWeightsGoesToTheFirstRoleInMatrixOrder() {
		// given Ana and Bruno at 3 in everything, except backups, pipelines and alerting (both at 2) → uncovered
		// list: backups (3), pipelines (2), alerting (1)
		// cloud: backups 3 = 3; devops: pipelines 2 + alerting 1 = 3 → tie
		// (by number of responsibilities devops would win, 2 to 1; by Σ w·req, cloud 9 to devops 8 in both orders)
		Person ana = person("Ana Lima", levels(3, Map.of("backups", 2, "pipelines", 2, "alerting", 2)));
		Person bruno = person("Bruno Costa", levels(3, Map.of("backups", 2, "pipelines", 2, "alerting", 2)));
		Matrix devopsFirst = load(HEADER + DEVOPS_THEN_CLOUD + HIRING_RESPONSIBILITIES);

		// when
		TeamAnalysis cloudFirstResult = hiring(ScoringRules.DEFAULT).analyse(team(ana, bruno));
		TeamAnalysis devopsFirstResult = new GapAnalysis(devopsFirst, ScoringRules.DEFAULT).analyse(team(ana, bruno));

		// then
		assertThat(nextHire(cloudFirstResult)).containsExactly("cloud-engineer",
				List.of("backups", "pipelines", "alerting"));
		assertThat(nextHire(devopsFirstResult)).containsExactly("devops-engineer",
				List.of("backups", "pipelines", "alerting"));
	}

	@Test
	void aResponsibilityBothRolesRequireCountsForCloud() {
		// given Ana and Bruno at 3 in everything, except kubernetes (Ana 2) and identity (both 2)
		// kubernetes: Bruno only → single point of failure; identity: uncovered
		// list: kubernetes (3), identity (1)
		// cloud: kubernetes 3 + identity 1 = 4; devops: kubernetes 3 = 3 → cloud
		// (kubernetes counted for devops only, its higher required level: cloud 1, devops 3 → devops;
		// by Σ w·req: cloud 3·2 + 1·2 = 8, devops 3·4 = 12 → devops)
		Person ana = person("Ana Lima", levels(3, Map.of("kubernetes", 2, "identity", 2)));
		Person bruno = person("Bruno Costa", levels(3, Map.of("identity", 2)));

		// when
		TeamAnalysis result = hiring(ScoringRules.DEFAULT).analyse(team(ana, bruno));

		// then
		assertThat(nextHire(result)).containsExactly("cloud-engineer", List.of("kubernetes", "identity"));
	}

	@Test
	void aResponsibilityBothRolesRequireCountsForDevops() {
		// given Ana and Bruno at 3 in everything, except kubernetes (Ana 2) and alerting (both 2)
		// list: kubernetes (3), alerting (1)
		// cloud: kubernetes 3 = 3; devops: kubernetes 3 + alerting 1 = 4 → devops
		// (kubernetes counted for cloud only, the first role: cloud 3, devops 1 → cloud)
		Person ana = person("Ana Lima", levels(3, Map.of("kubernetes", 2, "alerting", 2)));
		Person bruno = person("Bruno Costa", levels(3, Map.of("alerting", 2)));

		// when
		TeamAnalysis result = hiring(ScoringRules.DEFAULT).analyse(team(ana, bruno));

		// then
		assertThat(nextHire(result)).containsExactly("devops-engineer", List.of("kubernetes", "alerting"));
	}

	@Test
	void aTeamWithNoMembersNeedsEveryResponsibility() {
		// given nobody: every responsibility uncovered
		// by weight then id: backups, containers, kubernetes (3); networking, pipelines (2); alerting, identity (1)
		// cloud: backups 3 + kubernetes 3 + networking 2 + identity 1 = 9
		// devops: containers 3 + kubernetes 3 + pipelines 2 + alerting 1 = 9 → tie → cloud
		Team nobody = new Team("new-team", "New Team", List.of());

		// when
		TeamAnalysis result = hiring(ScoringRules.DEFAULT).analyse(nobody);

		// then
		assertThat(result.learningPlans()).isEmpty();
		assertThat(nextHire(result)).containsExactly("cloud-engineer", List.of("backups", "containers",
				"kubernetes", "networking", "pipelines", "alerting", "identity"));
	}

	// End to end

	/**
	 * Three roles, six responsibilities, four people; every mentor, plan and the next hire worked out by hand.
	 *
	 * <pre>
	 * responsibility  w  cloud  devops  security  learning
	 * networking      3    3      –        4      N1, N2
	 * kubernetes      3    2      4        –      K1, K2
	 * pipelines       2    –      3        –      P1, P2
	 * identity        2    2      –        4      I1, I2
	 * monitoring      1    –      2        2      M1
	 * cost            1    1      –        –      C1, C2
	 *
	 * team order:  Zoe Park     Émile Roy    Kenji Sato   Ana Lima
	 * current      Cloud        Cloud        DevOps       DevOps
	 * target       Security     –            Cloud        –
	 * networking     3            3            4            1
	 * kubernetes     2            –            4            2
	 * pipelines      4            1            2            2
	 * identity       4            4            1            –
	 * monitoring     –            4            4            2
	 * cost           1            –            –            0
	 * </pre>
	 */
	@Test
	void endToEnd() {
		// given
		Matrix matrix = load(HEADER + """
				roles:
				  - { id: cloud-engineer, name: Cloud Engineer, aliases: [cloud] }
				  - { id: devops-engineer, name: DevOps Engineer, aliases: [devops] }
				  - { id: security-engineer, name: Security Engineer, aliases: [security] }
				responsibilities:
				  - id: networking
				    name: Networking
				    area: Platform
				    weight: 3
				    required: { cloud-engineer: 3, security-engineer: 4 }
				    learning: [N1, N2]
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { cloud-engineer: 2, devops-engineer: 4 }
				    learning: [K1, K2]
				  - id: pipelines
				    name: Pipelines
				    area: Delivery
				    weight: 2
				    required: { devops-engineer: 3 }
				    learning: [P1, P2]
				  - id: identity
				    name: Identity
				    area: Platform
				    weight: 2
				    required: { cloud-engineer: 2, security-engineer: 4 }
				    learning: [I1, I2]
				  - id: monitoring
				    name: Monitoring
				    area: Operations
				    weight: 1
				    required: { devops-engineer: 2, security-engineer: 2 }
				    learning: [M1]
				  - id: cost
				    name: Cost
				    area: Operations
				    weight: 1
				    required: { cloud-engineer: 1 }
				    learning: [C1, C2]
				""");
		Person zoe = person("Zoe Park", "Cloud Engineer", "Security Engineer",
				Map.of("networking", 3, "kubernetes", 2, "pipelines", 4, "identity", 4, "cost", 1));
		Person emile = person("Émile Roy", "Cloud Engineer", null,
				Map.of("networking", 3, "pipelines", 1, "identity", 4, "monitoring", 4));
		Person kenji = person("Kenji Sato", "DevOps Engineer", "Cloud Engineer",
				Map.of("networking", 4, "kubernetes", 4, "pipelines", 2, "identity", 1, "monitoring", 4));
		Person ana = person("Ana Lima", "DevOps Engineer", null,
				Map.of("networking", 1, "kubernetes", 2, "pipelines", 2, "monitoring", 2, "cost", 0));

		// when
		TeamAnalysis result = new GapAnalysis(matrix, ScoringRules.DEFAULT).analyse(team(zoe, emile, kenji, ana));

		// then
		// Top gaps against each target role (target: the target column, else the current role):
		// Zoe → security: networking 4 − 3 = 1, priority 3; identity 4 − 4 = 0; monitoring 2 − – = 2, priority 2
		// Émile → cloud: networking 3 − 3 = 0; kubernetes 2 − – = 2, priority 6; identity 0; cost 1 − – = 1, pr. 1
		// Kenji → cloud: networking 0; kubernetes 0; identity 2 − 1 = 1, priority 2; cost 1 − – = 1, priority 1
		// Ana → devops: kubernetes 4 − 2 = 2, priority 6; pipelines 3 − 2 = 1, priority 2; monitoring 2 − 2 = 0
		assertThat(result.members()).extracting(member -> member.targetRole().id())
			.containsExactly("security-engineer", "cloud-engineer", "cloud-engineer", "devops-engineer");

		// Mentors, members by display name: "Ana Lima" < "Kenji Sato" < "Zoe Park" < "Émile Roy" (É U+00C9 > Z);
		// (level, suggestions so far) of each qualified teammate, at ≥ 3:
		// 1 Ana/kubernetes:    Kenji (4, 0)                       → Kenji   [Kenji 1]
		// 2 Ana/pipelines:     Zoe (4, 0)                         → Zoe     [Zoe 1]
		// 3 Kenji/identity:    Zoe (4, 1), Émile (4, 0)           → Émile   [Émile 1] (fewest, though Z < É)
		// 4 Kenji/cost:        none (Ana 0, Zoe 1, Émile –)       → none
		// 5 Zoe/networking:    Kenji (4, 1), Émile (3, 1)         → Kenji   [Kenji 2] (Zoe at 3 is herself)
		// 6 Zoe/monitoring:    Kenji (4, 2), Émile (4, 1)         → Émile   [Émile 2]
		// 7 Émile/kubernetes:  Kenji (4, 2) (Zoe 2, Ana 2)        → Kenji   [Kenji 3]
		// 8 Émile/cost:        none                               → none
		// (in team order Kenji/identity would come after Zoe's and Émile's steps and go to Zoe)
		assertThat(result.learningPlans().get(0)).extracting(TeamGuidanceTests::step)
			.containsExactly(tuple("networking", 3, 4, List.of("N1", "N2"), "Kenji Sato"),
					tuple("monitoring", null, 2, List.of("M1"), "Émile Roy"));
		assertThat(result.learningPlans().get(1)).extracting(TeamGuidanceTests::step)
			.containsExactly(tuple("kubernetes", null, 2, List.of("K1", "K2"), "Kenji Sato"),
					tuple("cost", null, 1, List.of("C1", "C2"), null));
		assertThat(result.learningPlans().get(2)).extracting(TeamGuidanceTests::step)
			.containsExactly(tuple("identity", 1, 2, List.of("I1", "I2"), "Émile Roy"),
					tuple("cost", null, 1, List.of("C1", "C2"), null));
		assertThat(result.learningPlans().get(3)).extracting(TeamGuidanceTests::step)
			.containsExactly(tuple("kubernetes", 2, 4, List.of("K1", "K2"), "Kenji Sato"),
					tuple("pipelines", 2, 3, List.of("P1", "P2"), "Zoe Park"));

		// Coverage, practitioners at ≥ 3:
		// networking Zoe, Émile, Kenji → 3 covered; kubernetes Kenji → 1 single point of failure;
		// pipelines Zoe → 1 single point of failure; identity Zoe, Émile → 2 covered;
		// monitoring Émile, Kenji → 2 covered; cost nobody → uncovered
		assertThat(result.coverage()).extracting(entry -> entry.responsibility().id(), CoverageEntry::status)
			.containsExactly(tuple("networking", CoverageStatus.COVERED),
					tuple("kubernetes", CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("pipelines", CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("identity", CoverageStatus.COVERED), tuple("monitoring", CoverageStatus.COVERED),
					tuple("cost", CoverageStatus.UNCOVERED));

		// Next hire: kubernetes (3), pipelines (2), cost (1)
		// cloud: kubernetes 3 + cost 1 = 4; devops: kubernetes 3 + pipelines 2 = 5; security: 0 → devops
		assertThat(nextHire(result)).containsExactly("devops-engineer", List.of("kubernetes", "pipelines", "cost"));
	}

	// Fixtures

	/** A DevOps Engineer with the given levels in kubernetes, pipelines and monitoring. */
	private static Person devops(String name, int kubernetes, int pipelines, int monitoring) {
		return person(name, "DevOps Engineer", null,
				Map.of("kubernetes", kubernetes, "pipelines", pipelines, "monitoring", monitoring));
	}

	/** A Cloud Engineer with the given levels in kubernetes and pipelines (no gap when both are at least 1). */
	private static Person cloud(String name, int kubernetes, int pipelines) {
		return person(name, "Cloud Engineer", null, Map.of("kubernetes", kubernetes, "pipelines", pipelines));
	}

	private static Team team(Person... members) {
		return new Team("platform-team", "Platform Team", List.of(members));
	}

	private GapAnalysis hiring(ScoringRules rules) {
		return new GapAnalysis(HIRING, rules);
	}

	/** Every responsibility of the hiring matrix at {@code level}, except the ones given. */
	private static Map<String, Integer> levels(int level, Map<String, Integer> except) {
		Map<String, Integer> levels = new HashMap<>();
		HIRING_IDS.forEach(id -> levels.put(id, level));
		levels.putAll(except);
		return levels;
	}

	private static List<LearningStep> plan(TeamAnalysis analysis, String name) {
		for (MemberAnalysis member : analysis.members()) {
			if (member.person().name().equals(name)) {
				return analysis.learningPlan(member);
			}
		}
		throw new IllegalArgumentException("no member " + name);
	}

	/** A member's plan as (responsibility id, mentor's name or null). */
	private static List<Tuple> steps(TeamAnalysis analysis, String name) {
		return plan(analysis, name).stream()
			.map(step -> tuple(step.gap().responsibility().id(), step.mentor() == null ? null : step.mentor().name()))
			.toList();
	}

	/** A step as (responsibility id, from, to, suggestions, mentor's name or null). */
	private static Tuple step(LearningStep step) {
		return tuple(step.gap().responsibility().id(), step.gap().actual(), step.gap().required(),
				step.suggestions(), step.mentor() == null ? null : step.mentor().name());
	}

	/** The next hire as (role id, responsibility ids), or {@code null}. */
	private static List<Object> nextHire(TeamAnalysis analysis) {
		NextHire hire = analysis.nextHire();
		assertThat(hire).as("next hire").isNotNull();
		return List.of(hire.role().id(), hire.responsibilities().stream().map(Responsibility::id).toList());
	}

	/** Seven devops responsibilities listed out of id order, without learning suggestions. */
	private static Matrix sixGapMatrix() {
		return load(HEADER + CLOUD_THEN_DEVOPS + """
				responsibilities:
				  - { id: deployments, name: Deployments, area: Delivery, weight: 2, required: { devops-engineer: 3 } }
				  - { id: alerting, name: Alerting, area: Operations, weight: 3, required: { devops-engineer: 4 } }
				  - id: firewalls
				    name: Firewalls
				    area: Platform services
				    weight: 1
				    required: { cloud-engineer: 2, devops-engineer: 2 }
				  - { id: containers, name: Containers, area: Delivery, weight: 2, required: { devops-engineer: 3 } }
				  - { id: backups, name: Backups, area: Operations, weight: 3, required: { devops-engineer: 2 } }
				  - { id: eventing, name: Eventing, area: Delivery, weight: 1, required: { devops-engineer: 4 } }
				  - id: git-workflows
				    name: Git workflows
				    area: Delivery
				    weight: 1
				    required: { devops-engineer: 1 }
				""");
	}

	private static Person person(String name, Map<String, Integer> levels) {
		return person(name, null, null, levels);
	}

	private static Person person(String name, String currentRole, String targetRole, Map<String, Integer> levels) {
		return new Person(name, null, currentRole, targetRole, levels);
	}

	private static Matrix load(String yaml) {
		return MatrixLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-matrix.yaml");
	}

}
