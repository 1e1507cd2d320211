package com.skillgap.analysis;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;
import com.skillgap.matrix.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The scoring rules of scoring.md ("Per person" and "Per team"), checked against numbers worked out by hand.
 *
 * <p>
 * Most tests use this matrix (w = weight, then the level each role requires; – = not required):
 *
 * <pre>
 * responsibility            w   cloud  devops
 * networking                3     3      –
 * kubernetes                3     2      3     overlap, different levels
 * infrastructure-as-code    2     2      2     overlap, same level
 * test-automation           1     –      2
 * cost-management           1     1      –
 *
 * Σ w·req  cloud  = 3·3 + 3·2 + 2·2 + 1·1 = 20
 *          devops = 3·3 + 2·2 + 1·2       = 15
 * </pre>
 */
class GapAnalysisTests {

	private static final String HEADER = """
			id: test-cloud-devops
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

	private static final String RESPONSIBILITIES = """
			responsibilities:
			  - id: networking
			    name: Networking and firewalls
			    area: Platform services
			    weight: 3
			    required: { cloud-engineer: 3 }
			  - id: kubernetes
			    name: Kubernetes
			    area: Containers
			    weight: 3
			    required: { cloud-engineer: 2, devops-engineer: 3 }
			  - id: infrastructure-as-code
			    name: Infrastructure as code
			    area: Automation
			    weight: 2
			    required: { cloud-engineer: 2, devops-engineer: 2 }
			  - id: test-automation
			    name: Test automation
			    area: Release automation
			    weight: 1
			    required: { devops-engineer: 2 }
			  - id: cost-management
			    name: Cost management
			    area: Cost
			    weight: 1
			    required: { cloud-engineer: 1 }
			""";

	private static final Matrix MATRIX = load(HEADER + CLOUD_THEN_DEVOPS + RESPONSIBILITIES);

	private static final Role CLOUD = MATRIX.findRole("cloud-engineer").orElseThrow();

	private static final Role DEVOPS = MATRIX.findRole("devops-engineer").orElseThrow();

	private final GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);

	// Fit

	@Test
	void cloudFitIsTheWeightedShareOfTheRequiredLevelsReached() {
		// given
		Person ana = person("Ana Lima", Map.of("networking", 2, "kubernetes", 3, "infrastructure-as-code", 1,
				"test-automation", 4));

		// when
		MemberAnalysis result = this.analysis.analyse(ana);

		// then
		// cloud: (3·min(2,3) + 3·min(3,2) + 2·min(1,2) + 1·0) / 20 = (6 + 6 + 2 + 0) / 20 = 14/20 → 70.0
		assertThat(result.fit(CLOUD).fit()).isEqualTo(Fraction.of(70, 1));
		assertThat(result.fit(CLOUD).fit().rounded().toPlainString()).isEqualTo("70.0");
	}

	@Test
	void devopsFitIsTheWeightedShareOfTheRequiredLevelsReached() {
		// given
		Person ana = person("Ana Lima", Map.of("networking", 2, "kubernetes", 3, "infrastructure-as-code", 1,
				"test-automation", 4));

		// when
		MemberAnalysis result = this.analysis.analyse(ana);

		// then
		// devops: (3·min(3,3) + 2·min(1,2) + 1·min(4,2)) / 15 = (9 + 2 + 2) / 15 = 13/15 → 86.666… → 86.7
		assertThat(result.fit(DEVOPS).fit()).isEqualTo(Fraction.of(260, 3));
		assertThat(result.fit(DEVOPS).fit().rounded().toPlainString()).isEqualTo("86.7");
	}

	@Test
	void fitsAreGivenForEveryRoleInMatrixOrder() {
		// given
		Person ana = person("Ana Lima", Map.of("kubernetes", 2));

		// when
		MemberAnalysis result = this.analysis.analyse(ana);

		// then
		// cloud: 3·min(2,2) / 20 = 6/20 → 30.0; devops: 3·min(2,3) / 15 = 6/15 → 40.0
		assertThat(result.fits()).extracting(fit -> fit.role().id(), RoleFit::fit)
			.containsExactly(tuple("cloud-engineer", Fraction.of(30, 1)), tuple("devops-engineer", Fraction.of(40, 1)));
	}

	@Test
	void notAssessedCountsAsZeroForFit() {
		// given two people who differ only in cost-management: not assessed, or assessed at 0
		Person notAssessed = person("Ana Lima", Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2));
		Person zero = person("Bruno Costa",
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 0));

		// when
		MemberAnalysis notAssessedResult = this.analysis.analyse(notAssessed);
		MemberAnalysis zeroResult = this.analysis.analyse(zero);

		// then
		// cloud: (3·3 + 3·2 + 2·2 + 1·0) / 20 = 19/20 → 95.0 for both
		assertThat(notAssessedResult.fit(CLOUD).fit()).isEqualTo(Fraction.of(95, 1));
		assertThat(zeroResult.fit(CLOUD).fit()).isEqualTo(Fraction.of(95, 1));
	}

	// Best fit

	@Test
	void bestFitIsTheRoleWithTheHighestFit() {
		// given Bruno calls himself a Cloud Engineer
		Person bruno = person("Bruno Costa", "Cloud Engineer", null,
				Map.of("kubernetes", 4, "infrastructure-as-code", 2, "test-automation", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(bruno);

		// then
		// cloud: (3·0 + 3·min(4,2) + 2·min(2,2) + 1·0) / 20 = 10/20 → 50.0
		// devops: (3·min(4,3) + 2·min(2,2) + 1·min(1,2)) / 15 = (9 + 4 + 1) / 15 = 14/15 → 93.3
		assertThat(result.fit(CLOUD).fit()).isEqualTo(Fraction.of(50, 1));
		assertThat(result.fit(DEVOPS).fit()).isEqualTo(Fraction.of(280, 3));
		assertThat(result.bestFit()).isEqualTo(DEVOPS);
	}

	@Test
	void bestFitTieGoesToTheCurrentRoleWhenItIsAmongTheTied() {
		// given equal fits, and DevOps Engineer (second in matrix order) as current role
		Person chen = tiedAtEighty("DevOps Engineer");

		// when
		MemberAnalysis result = this.analysis.analyse(chen);

		// then
		// cloud: (3·min(2,3) + 3·min(2,2) + 2·min(2,2) + 1·min(0,1)) / 20 = 16/20 → 80
		// devops: (3·min(2,3) + 2·min(2,2) + 1·min(2,2)) / 15 = 12/15 → 80
		assertThat(result.fit(CLOUD).fit()).isEqualTo(result.fit(DEVOPS).fit());
		assertThat(result.bestFit()).isEqualTo(DEVOPS);
	}

	@Test
	void bestFitTieRecognisesTheCurrentRoleByAlias() {
		// given equal fits (80 and 80), current role written as the alias "devops"
		Person chen = tiedAtEighty("devops");

		// when
		MemberAnalysis result = this.analysis.analyse(chen);

		// then
		assertThat(result.bestFit()).isEqualTo(DEVOPS);
	}

	@ParameterizedTest(name = "current role ''{0}''")
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "SRE", "Site Reliability Engineer" })
	void bestFitTieGoesToTheFirstRoleInMatrixOrderWhenTheCurrentRoleIsNotAMatrixRole(String currentRole) {
		// given equal fits (80 and 80)
		Person chen = tiedAtEighty(currentRole);

		// when
		MemberAnalysis result = this.analysis.analyse(chen);

		// then cloud-engineer comes first in this matrix
		assertThat(result.bestFit()).isEqualTo(CLOUD);
	}

	@Test
	void bestFitTieFollowsTheMatrixOrderNotTheRoleNames() {
		// given the same matrix with devops-engineer listed first, and equal fits (80 and 80)
		Matrix devopsFirst = load(HEADER + DEVOPS_THEN_CLOUD + RESPONSIBILITIES);
		Person chen = tiedAtEighty(null);

		// when
		MemberAnalysis result = new GapAnalysis(devopsFirst, ScoringRules.DEFAULT).analyse(chen);

		// then
		assertThat(result.bestFit().id()).isEqualTo("devops-engineer");
	}

	@Test
	void aHigherFitWinsOverTheCurrentRole() {
		// given a DevOps Engineer by title whose cloud fit is higher
		Person dana = person("Dana Okafor", "DevOps Engineer", null,
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(dana);

		// then
		// cloud: (9 + 6 + 4 + 1) / 20 = 20/20 → 100; devops: (3·min(2,3) + 2·min(2,2) + 1·0) / 15 = 10/15 → 66.7
		assertThat(result.fit(CLOUD).fit()).isEqualTo(Fraction.of(100, 1));
		assertThat(result.fit(DEVOPS).fit()).isEqualTo(Fraction.of(200, 3));
		assertThat(result.bestFit()).isEqualTo(CLOUD);
	}

	// Hybrid

	@Test
	void aFitOfExactlyEightyForBothRolesIsHybrid() {
		// given
		Person chen = tiedAtEighty(null);

		// when
		MemberAnalysis result = this.analysis.analyse(chen);

		// then
		// cloud: 16/20 = 80 exactly; devops: 12/15 = 80 exactly
		assertThat(result.fit(CLOUD).fit()).isEqualTo(Fraction.of(80, 1));
		assertThat(result.fit(DEVOPS).fit()).isEqualTo(Fraction.of(80, 1));
		assertThat(result.hybrid()).isTrue();
	}

	@Test
	void aHighFitForOneRoleOnlyIsNotHybrid() {
		// given
		Person dana = person("Dana Okafor",
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(dana);

		// then cloud 20/20 → 100, devops 10/15 → 66.7
		assertThat(result.hybrid()).isFalse();
	}

	@Test
	void theHybridThresholdIsConfigurable() {
		// given fits of exactly 80 and 80, and a threshold of 80.5
		Person chen = tiedAtEighty(null);
		GapAnalysis stricter = new GapAnalysis(MATRIX, new ScoringRules(new BigDecimal("80.5"), 3, 2));

		// when
		MemberAnalysis result = stricter.analyse(chen);

		// then
		assertThat(result.hybrid()).isFalse();
	}

	@Test
	void aFitShownAsEightyButBelowItIsNotHybrid() {
		// given a matrix fine-grained enough for a fit just under 80: 33 responsibilities of weight 3 and one of
		// weight 2, each required at 4 by cloud-engineer; devops-engineer requires only duty-01
		Matrix matrix = fineGrainedMatrix();
		Map<String, Integer> levels = new HashMap<>();
		for (int i = 1; i <= 26; i++) {
			levels.put(duty(i), 4);
		}
		levels.put(duty(27), 1);
		// duty-28 to duty-33 not assessed
		levels.put(duty(34), 4);
		Person eve = person("Eve Martin", levels);

		// when
		MemberAnalysis result = new GapAnalysis(matrix, ScoringRules.DEFAULT).analyse(eve);

		// then
		// cloud: (26·3·min(4,4) + 3·min(1,4) + 6·3·0 + 2·min(4,4)) / (33·3·4 + 2·4)
		// = (312 + 3 + 0 + 8) / 404 = 323/404 → 32300/404 = 79.9504… → shown 80.0, yet below 80
		// devops: 3·min(4,4) / (3·4) = 12/12 → 100
		Role cloud = matrix.findRole("cloud-engineer").orElseThrow();
		Role devops = matrix.findRole("devops-engineer").orElseThrow();
		assertThat(result.fit(cloud).fit()).isEqualTo(Fraction.percent(323, 404));
		assertThat(result.fit(cloud).fit().rounded().toPlainString()).isEqualTo("80.0");
		assertThat(result.fit(devops).fit()).isEqualTo(Fraction.of(100, 1));
		assertThat(result.hybrid()).isFalse();
	}

	// Readiness

	@ParameterizedTest(name = "cloud fit {4} → {5}")
	@CsvSource(delimiter = '|', textBlock = """
			# networking | kubernetes | infrastructure-as-code | cost-management | cloud fit | readiness
			# (3·3 + 3·2 + 2·1 + 1·1) / 20 = 18/20 → 90 exactly
			3 | 2 | 1 | 1 | 90 | READY
			# (3·3 + 3·2 + 2·1 + 1·0) / 20 = 17/20 → 85, the highest fit below 90 in this matrix
			3 | 2 | 1 | 0 | 85 | CLOSE
			# (3·3 + 3·1 + 2·1 + 1·0) / 20 = 14/20 → 70 exactly
			3 | 1 | 1 | 0 | 70 | CLOSE
			# (3·3 + 3·1 + 2·0 + 1·1) / 20 = 13/20 → 65, the highest fit below 70
			3 | 1 | 0 | 1 | 65 | DEVELOPING
			# (3·2 + 3·1 + 2·0 + 1·1) / 20 = 10/20 → 50 exactly
			2 | 1 | 0 | 1 | 50 | DEVELOPING
			# (3·3 + 3·0 + 2·0 + 1·0) / 20 = 9/20 → 45, the highest fit below 50
			3 | 0 | 0 | 0 | 45 | EARLY
			""")
	void readinessBandFollowsTheFit(int networking, int kubernetes, int infrastructureAsCode, int costManagement,
			int expectedFit, Readiness expected) {
		// given
		Person person = person("Fatima Haddad", Map.of("networking", networking, "kubernetes", kubernetes,
				"infrastructure-as-code", infrastructureAsCode, "cost-management", costManagement));

		// when
		RoleFit cloud = this.analysis.analyse(person).fit(CLOUD);

		// then
		assertThat(cloud.fit()).isEqualTo(Fraction.of(expectedFit, 1));
		assertThat(cloud.readiness()).isEqualTo(expected);
	}

	@Test
	void readinessIsGivenForEachRole() {
		// given
		Person bruno = person("Bruno Costa",
				Map.of("kubernetes", 4, "infrastructure-as-code", 2, "test-automation", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(bruno);

		// then cloud 10/20 → 50 Developing; devops 14/15 → 93.3 Ready
		assertThat(result.fit(CLOUD).readiness()).isEqualTo(Readiness.DEVELOPING);
		assertThat(result.fit(DEVOPS).readiness()).isEqualTo(Readiness.READY);
	}

	// Target role

	@Test
	void targetRoleIsTheTargetColumnWhenItNamesAMatrixRole() {
		// given a DevOps Engineer aiming at Cloud Engineer
		Person gabriel = person("Gabriel Souza", "devops", "Cloud Engineer", Map.of("kubernetes", 3));

		// when
		MemberAnalysis result = this.analysis.analyse(gabriel);

		// then
		assertThat(result.targetRole()).isEqualTo(CLOUD);
	}

	@Test
	void targetRoleIsTheCurrentRoleWhenTheTargetColumnNamesNoMatrixRole() {
		// given
		Person gabriel = person("Gabriel Souza", "DevOps-Engineer", "Architect",
				Map.of("networking", 3, "cost-management", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(gabriel);

		// then the best fit is cloud (10/20 → 50 against 0/15 → 0), but the current role wins
		assertThat(result.bestFit()).isEqualTo(CLOUD);
		assertThat(result.targetRole()).isEqualTo(DEVOPS);
	}

	@Test
	void targetRoleIsTheBestFitWhenNeitherColumnNamesAMatrixRole() {
		// given
		Person bruno = person("Bruno Costa", "SRE", "Architect",
				Map.of("kubernetes", 4, "infrastructure-as-code", 2, "test-automation", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(bruno);

		// then cloud 10/20 → 50, devops 14/15 → 93.3: the best fit is devops, the second role in matrix order
		assertThat(result.targetRole()).isEqualTo(DEVOPS);
	}

	@Test
	void targetRoleIsTheBestFitWhenBothColumnsAreBlank() {
		// given
		Person bruno = person("Bruno Costa", null, null,
				Map.of("kubernetes", 4, "infrastructure-as-code", 2, "test-automation", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(bruno);

		// then
		assertThat(result.targetRole()).isEqualTo(DEVOPS);
	}

	@Test
	void anUnknownRoleIsKeptAsTextAndThePersonIsStillScoredAgainstBothRoles() {
		// given roles the matrix does not know
		Person hana = person("Hana Novak", "Site Reliability Engineer", "Platform Lead", Map.of("kubernetes", 3));

		// when
		MemberAnalysis result = this.analysis.analyse(hana);

		// then
		// cloud: 3·min(3,2) / 20 = 6/20 → 30; devops: 3·min(3,3) / 15 = 9/15 → 60
		assertThat(result.person().currentRole()).isEqualTo("Site Reliability Engineer");
		assertThat(result.person().targetRole()).isEqualTo("Platform Lead");
		assertThat(result.fits()).extracting(RoleFit::fit).containsExactly(Fraction.of(30, 1), Fraction.of(60, 1));
		assertThat(result.targetRole()).isEqualTo(DEVOPS);
	}

	// Gaps

	@Test
	void gapIsTheRequiredLevelMinusTheActualLevelAndNeverNegative() {
		// given a DevOps Engineer above the bar in one responsibility, at it in another, below it in a third
		Person ivan = person("Ivan Petrov", "DevOps Engineer", null,
				Map.of("kubernetes", 1, "infrastructure-as-code", 4, "test-automation", 2, "networking", 0));

		// when
		MemberAnalysis result = this.analysis.analyse(ivan);

		// then
		// kubernetes: max(0, 3 − 1) = 2
		// infrastructure-as-code: max(0, 2 − 4) = 0
		// test-automation: max(0, 2 − 2) = 0
		// networking is not required by devops-engineer, so its 0 is no gap against the target role
		assertThat(result.topGaps()).extracting(gap -> gap.responsibility().id(), Gap::required, Gap::actual, Gap::gap)
			.containsExactly(tuple("kubernetes", 3, 1, 2));
	}

	@Test
	void priorityIsWeightTimesGap() {
		// given
		Person ivan = person("Ivan Petrov", "DevOps Engineer", null,
				Map.of("infrastructure-as-code", 0, "test-automation", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(ivan);

		// then
		// kubernetes (not assessed): w 3 × g (3 − 0) = 9
		// infrastructure-as-code: w 2 × g (2 − 0) = 4
		// test-automation: w 1 × g (2 − 1) = 1
		assertThat(result.topGaps()).extracting(gap -> gap.responsibility().id(), Gap::gap, Gap::priority)
			.containsExactly(tuple("kubernetes", 3, 9), tuple("infrastructure-as-code", 2, 4),
					tuple("test-automation", 1, 1));
	}

	@Test
	void notAssessedCountsAsZeroForGapsButIsShownAsNotAssessed() {
		// given two Cloud Engineers who differ only in cost-management: not assessed, or assessed at 0
		Person notAssessed = person("Ana Lima", "Cloud Engineer", null,
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2));
		Person zero = person("Bruno Costa", "Cloud Engineer", null,
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 0));

		// when
		Gap notAssessedGap = this.analysis.analyse(notAssessed).topGaps().get(0);
		Gap zeroGap = this.analysis.analyse(zero).topGaps().get(0);

		// then both: cost-management g = max(0, 1 − 0) = 1, priority 1 × 1 = 1
		assertThat(notAssessedGap).extracting(gap -> gap.responsibility().id(), Gap::gap, Gap::priority)
			.containsExactly("cost-management", 1, 1);
		assertThat(zeroGap).extracting(gap -> gap.responsibility().id(), Gap::gap, Gap::priority)
			.containsExactly("cost-management", 1, 1);
		assertThat(notAssessedGap.actual()).isNull();
		assertThat(zeroGap.actual()).isZero();
	}

	@Test
	void noTopGapsWhenEveryRequiredLevelIsReached() {
		// given
		Person dana = person("Dana Okafor", "Cloud Engineer", null,
				Map.of("networking", 4, "kubernetes", 2, "infrastructure-as-code", 3, "cost-management", 1));

		// when
		MemberAnalysis result = this.analysis.analyse(dana);

		// then
		assertThat(result.topGaps()).isEmpty();
	}

	@Test
	void topGapsAreSortedByPriorityThenGapThenResponsibilityId() {
		// given a DevOps Engineer assessed only on git-workflows (at 1) against this matrix, in this order:
		//   responsibility  w  devops  gap  priority
		//   deployments     2    3      3      6
		//   alerting        3    4      4     12
		//   firewalls       1    2      2      2
		//   containers      2    3      3      6
		//   backups         3    2      2      6
		//   eventing        1    4      4      4
		//   git-workflows   1    1      0      –   (no gap)
		Person jade = person("Jade Moreau", "DevOps Engineer", null, Map.of("git-workflows", 1));

		// when
		MemberAnalysis result = new GapAnalysis(sixGapMatrix(), ScoringRules.DEFAULT).analyse(jade);

		// then priority 12 first; of the three at 6, gap 3 before gap 2, and containers before deployments by id;
		// eventing's gap of 4 does not lift its priority of 4 above backups' 6
		assertThat(result.topGaps()).extracting(gap -> gap.responsibility().id(), Gap::priority, Gap::gap)
			.containsExactly(tuple("alerting", 12, 4), tuple("containers", 6, 3), tuple("deployments", 6, 3),
					tuple("backups", 6, 2), tuple("eventing", 4, 4));
	}

	@Test
	void topGapsKeepAtMostFive() {
		// given six gaps against devops-engineer (see the test above); firewalls has the lowest priority, 1 × 2 = 2
		Person jade = person("Jade Moreau", "DevOps Engineer", null, Map.of("git-workflows", 1));

		// when
		MemberAnalysis result = new GapAnalysis(sixGapMatrix(), ScoringRules.DEFAULT).analyse(jade);

		// then
		assertThat(result.topGaps()).hasSize(5);
		assertThat(result.topGaps()).extracting(gap -> gap.responsibility().id()).doesNotContain("firewalls");
	}

	@Test
	void topGapsAreAgainstTheTargetRole() {
		// given a DevOps Engineer aiming at Cloud Engineer, with nothing assessed
		Person kim = person("Kim Tran", "DevOps Engineer", "Cloud Engineer", Map.of());

		// when
		MemberAnalysis result = this.analysis.analyse(kim);

		// then every cloud responsibility, none of devops' test-automation:
		// networking 3 × 3 = 9, kubernetes 3 × 2 = 6, infrastructure-as-code 2 × 2 = 4, cost-management 1 × 1 = 1
		assertThat(result.topGaps()).extracting(gap -> gap.responsibility().id(), Gap::priority)
			.containsExactly(tuple("networking", 9), tuple("kubernetes", 6), tuple("infrastructure-as-code", 4),
					tuple("cost-management", 1));
	}

	// Completeness

	@Test
	void completenessIsTheShareOfResponsibilitiesAssessed() {
		// given three of the five responsibilities assessed
		Person ana = person("Ana Lima", Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2));

		// when
		MemberAnalysis result = this.analysis.analyse(ana);

		// then 100 × 3 / 5 = 60
		assertThat(result.completeness()).isEqualTo(Fraction.of(60, 1));
	}

	@Test
	void aLevelOfZeroCountsAsAssessedForCompleteness() {
		// given four of the five responsibilities assessed, one of them at 0
		Person bruno = person("Bruno Costa",
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 0));

		// when
		MemberAnalysis result = this.analysis.analyse(bruno);

		// then 100 × 4 / 5 = 80 (not-assessed would leave it at 60)
		assertThat(result.completeness()).isEqualTo(Fraction.of(80, 1));
	}

	@Test
	void completenessIsExactWhenNotAWholeNumber() {
		// given two of the seven responsibilities of the six-gap matrix assessed
		Person jade = person("Jade Moreau", Map.of("git-workflows", 1, "alerting", 0));

		// when
		MemberAnalysis result = new GapAnalysis(sixGapMatrix(), ScoringRules.DEFAULT).analyse(jade);

		// then 100 × 2 / 7 = 200/7 = 28.571… → 28.6
		assertThat(result.completeness()).isEqualTo(Fraction.of(200, 7));
		assertThat(result.completeness().rounded().toPlainString()).isEqualTo("28.6");
	}

	// A person with no role at all

	@Test
	void aPersonWithNoRoleAndNoLevelsIsStillAnalysed() {
		// given
		Person lea = person("Léa Girard", null, null, Map.of());

		// when
		MemberAnalysis result = this.analysis.analyse(lea);

		// then fits 0/20 and 0/15 tie at 0: the first role in matrix order is both best fit and target
		assertThat(result.fits()).extracting(RoleFit::fit, RoleFit::readiness)
			.containsExactly(tuple(Fraction.ZERO, Readiness.EARLY), tuple(Fraction.ZERO, Readiness.EARLY));
		assertThat(result.bestFit()).isEqualTo(CLOUD);
		assertThat(result.targetRole()).isEqualTo(CLOUD);
		assertThat(result.hybrid()).isFalse();
		assertThat(result.completeness()).isEqualTo(Fraction.ZERO);
		assertThat(result.topGaps()).extracting(gap -> gap.responsibility().id())
			.containsExactly("networking", "kubernetes", "infrastructure-as-code", "cost-management");
	}

	// Per team
	//
	// The platform team, not-assessed shown as –:
	//   responsibility           Ana  Bruno  Chen
	//   networking                3     4     3
	//   kubernetes                4     2     –
	//   infrastructure-as-code    3     3     0
	//   test-automation           2     1     –
	//   cost-management           –     –     –

	@Test
	void practitionersAreMembersAtLevelThreeOrAbove() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then networking 3, 4, 3 → 3; kubernetes 4 (not 2) → 1; infrastructure-as-code 3, 3 (not 0) → 2;
		// test-automation 2, 1 → 0; cost-management nobody → 0
		assertThat(result.coverage()).extracting(entry -> entry.responsibility().id(), CoverageEntry::practitioners)
			.containsExactly(tuple("networking", 3), tuple("kubernetes", 1), tuple("infrastructure-as-code", 2),
					tuple("test-automation", 0), tuple("cost-management", 0));
	}

	@Test
	void thePractitionerLevelIsConfigurable() {
		// given practitioners from level 4
		GapAnalysis fromExpert = new GapAnalysis(MATRIX, new ScoringRules(BigDecimal.valueOf(80), 4, 2));

		// when
		TeamAnalysis result = fromExpert.analyse(platformTeam());

		// then networking: Bruno (4) → 1; kubernetes: Ana (4) → 1; infrastructure-as-code: 3, 3, 0 → 0
		assertThat(result.coverage()).extracting(entry -> entry.responsibility().id(), CoverageEntry::practitioners,
				CoverageEntry::status)
			.containsExactly(tuple("networking", 1, CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("kubernetes", 1, CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("infrastructure-as-code", 0, CoverageStatus.UNCOVERED),
					tuple("test-automation", 0, CoverageStatus.UNCOVERED),
					tuple("cost-management", 0, CoverageStatus.UNCOVERED));
	}

	@Test
	void aResponsibilityWithNoPractitionerIsUncovered() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then test-automation: levels 2 and 1, no practitioner
		assertThat(coverage(result, "test-automation").status()).isEqualTo(CoverageStatus.UNCOVERED);
	}

	@Test
	void aResponsibilityWithOnePractitionerIsASinglePointOfFailure() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then kubernetes: only Ana (4)
		assertThat(coverage(result, "kubernetes").status()).isEqualTo(CoverageStatus.SINGLE_POINT_OF_FAILURE);
	}

	@Test
	void twoPractitionersCoverAResponsibilityAtTheDefaultTarget() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then infrastructure-as-code: Ana and Bruno (target 2); networking: all three
		assertThat(coverage(result, "infrastructure-as-code").status()).isEqualTo(CoverageStatus.COVERED);
		assertThat(coverage(result, "networking").status()).isEqualTo(CoverageStatus.COVERED);
		assertThat(result.count(CoverageStatus.THIN)).isZero();
	}

	@Test
	void belowATargetAboveTwoIsThin() {
		// given a coverage target of 3
		GapAnalysis targetThree = new GapAnalysis(MATRIX, new ScoringRules(BigDecimal.valueOf(80), 3, 3));

		// when
		TeamAnalysis result = targetThree.analyse(platformTeam());

		// then 0 uncovered, 1 single point of failure, 2 thin, 3 covered
		assertThat(result.coverage()).extracting(entry -> entry.responsibility().id(), CoverageEntry::status)
			.containsExactly(tuple("networking", CoverageStatus.COVERED),
					tuple("kubernetes", CoverageStatus.SINGLE_POINT_OF_FAILURE),
					tuple("infrastructure-as-code", CoverageStatus.THIN),
					tuple("test-automation", CoverageStatus.UNCOVERED),
					tuple("cost-management", CoverageStatus.UNCOVERED));
	}

	@Test
	void teamLevelIsTheMeanOfTheAssessedLevels() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then
		// networking: (3 + 4 + 3) / 3 = 10/3 → 3.3
		// kubernetes: (4 + 2) / 2 = 3, Chen not assessed is left out (counted as 0 it would be 2)
		// infrastructure-as-code: (3 + 3 + 0) / 3 = 2, Chen's 0 counts
		// test-automation: (2 + 1) / 2 = 3/2 → 1.5
		assertThat(coverage(result, "networking").teamLevel()).isEqualTo(Fraction.of(10, 3));
		assertThat(coverage(result, "networking").teamLevel().rounded().toPlainString()).isEqualTo("3.3");
		assertThat(coverage(result, "kubernetes").teamLevel()).isEqualTo(Fraction.of(3, 1));
		assertThat(coverage(result, "infrastructure-as-code").teamLevel()).isEqualTo(Fraction.of(2, 1));
		assertThat(coverage(result, "test-automation").teamLevel()).isEqualTo(Fraction.of(3, 2));
	}

	@Test
	void teamLevelIsNoneWhenNobodyWasAssessed() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then
		CoverageEntry cost = coverage(result, "cost-management");
		assertThat(cost.teamLevel()).isNull();
		assertThat(cost.assessed()).isZero();
	}

	@Test
	void coverageCountsTheMembersAssessed() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then
		assertThat(result.coverage()).extracting(entry -> entry.responsibility().id(), CoverageEntry::assessed)
			.containsExactly(tuple("networking", 3), tuple("kubernetes", 2), tuple("infrastructure-as-code", 3),
					tuple("test-automation", 2), tuple("cost-management", 0));
	}

	@Test
	void teamAnalysisHasOneMemberAnalysisPerMemberInTeamOrder() {
		// when
		TeamAnalysis result = this.analysis.analyse(platformTeam());

		// then
		assertThat(result.members()).extracting(member -> member.person().name())
			.containsExactly("Ana Lima", "Bruno Costa", "Chen Wei");
	}

	@Test
	void averageFitIsTheMeanOfTheUnroundedFits() {
		// given two members at devops 10/15 and one with no role and nothing assessed
		Person max = person("Max Keller", Map.of("kubernetes", 2, "infrastructure-as-code", 2));
		Person nina = person("Nina Berg", Map.of("kubernetes", 2, "infrastructure-as-code", 2));
		Person omar = person("Omar Said", null, null, Map.of());
		Team team = new Team("delivery", "Delivery", List.of(max, nina, omar));

		// when
		TeamAnalysis result = this.analysis.analyse(team);

		// then
		// devops: Max, Nina (3·min(2,3) + 2·min(2,2) + 1·0) / 15 = 10/15 → 200/3 = 66.666… (shown 66.7); Omar 0
		// mean (200/3 + 200/3 + 0) / 3 = 400/9 = 44.44… → 44.4
		// (the mean of the shown fits, (66.7 + 66.7 + 0.0) / 3 = 44.466…, would show 44.5)
		assertThat(result.averageFit(DEVOPS)).isEqualTo(Fraction.of(400, 9));
		assertThat(result.averageFit(DEVOPS).rounded().toPlainString()).isEqualTo("44.4");
	}

	@Test
	void averageFitIsGivenForEveryRole() {
		// given
		Person max = person("Max Keller", Map.of("kubernetes", 2, "infrastructure-as-code", 2));
		Person omar = person("Omar Said", null, null, Map.of());
		Team team = new Team("delivery", "Delivery", List.of(max, omar));

		// when
		TeamAnalysis result = this.analysis.analyse(team);

		// then
		// cloud: Max (3·min(2,2) + 2·min(2,2)) / 20 = 10/20 → 50, Omar 0 → (50 + 0) / 2 = 25
		// devops: Max 10/15 → 200/3, Omar 0 → (200/3 + 0) / 2 = 100/3 → 33.3
		assertThat(result.averageFit()).containsExactly(Map.entry("cloud-engineer", Fraction.of(25, 1)),
				Map.entry("devops-engineer", Fraction.of(100, 3)));
	}

	@Test
	void aMemberWithNoRoleAtAllCountsInTheTeam() {
		// given
		Person omar = person("Omar Said", null, null, Map.of("networking", 3));
		Team team = new Team("delivery", "Delivery", List.of(omar));

		// when
		TeamAnalysis result = this.analysis.analyse(team);

		// then cloud 3·3 / 20 = 9/20 → 45, devops 0/15 → 0; target is the best fit
		MemberAnalysis member = result.members().get(0);
		assertThat(member.targetRole()).isEqualTo(CLOUD);
		assertThat(result.averageFit(CLOUD)).isEqualTo(Fraction.of(45, 1));
		assertThat(result.averageFit(DEVOPS)).isEqualTo(Fraction.ZERO);
		assertThat(coverage(result, "networking").status()).isEqualTo(CoverageStatus.SINGLE_POINT_OF_FAILURE);
	}

	@Test
	void hybridsAreCountedPerTeam() {
		// given Chen at exactly 80 and 80, Dana at 100 and 66.7
		Person chen = tiedAtEighty(null);
		Person dana = person("Dana Okafor",
				Map.of("networking", 3, "kubernetes", 2, "infrastructure-as-code", 2, "cost-management", 1));

		// when
		TeamAnalysis result = this.analysis.analyse(new Team("platform", "Platform", List.of(chen, dana)));

		// then
		assertThat(result.hybrids()).isEqualTo(1);
	}

	// Fixtures

	/**
	 * Fits of exactly 80 for both roles: cloud (3·2 + 3·2 + 2·2 + 1·0) / 20 = 16/20 and
	 * devops (3·2 + 2·2 + 1·2) / 15 = 12/15.
	 */
	private static Person tiedAtEighty(String currentRole) {
		return person("Chen Wei", currentRole, null, Map.of("networking", 2, "kubernetes", 2, "infrastructure-as-code",
				2, "test-automation", 2, "cost-management", 0));
	}

	private static Team platformTeam() {
		Person ana = person("Ana Lima", "Cloud Engineer", null,
				Map.of("networking", 3, "kubernetes", 4, "infrastructure-as-code", 3, "test-automation", 2));
		Person bruno = person("Bruno Costa", "DevOps Engineer", null,
				Map.of("networking", 4, "kubernetes", 2, "infrastructure-as-code", 3, "test-automation", 1));
		Person chen = person("Chen Wei", "Cloud Engineer", null, Map.of("networking", 3, "infrastructure-as-code", 0));
		return new Team("platform-team", "Platform Team", List.of(ana, bruno, chen));
	}

	private static CoverageEntry coverage(TeamAnalysis analysis, String responsibilityId) {
		return analysis.coverage()
			.stream()
			.filter(entry -> entry.responsibility().id().equals(responsibilityId))
			.findFirst()
			.orElseThrow();
	}

	/** Seven devops responsibilities listed out of id order, one of them required by cloud-engineer too. */
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

	/**
	 * duty-01 … duty-33 of weight 3 and duty-34 of weight 2, all required at 4 by cloud-engineer
	 * (Σ w·req = 33·12 + 8 = 404); devops-engineer requires duty-01 at 4 only.
	 */
	private static Matrix fineGrainedMatrix() {
		StringBuilder yaml = new StringBuilder(HEADER + CLOUD_THEN_DEVOPS + "responsibilities:\n");
		for (int i = 1; i <= 34; i++) {
			String required = (i == 1) ? "{ cloud-engineer: 4, devops-engineer: 4 }" : "{ cloud-engineer: 4 }";
			yaml.append("  - { id: %s, name: Duty %d, area: Duties, weight: %d, required: %s }\n".formatted(duty(i), i,
					(i == 34) ? 2 : 3, required));
		}
		return load(yaml.toString());
	}

	private static String duty(int number) {
		return "duty-%02d".formatted(number);
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
