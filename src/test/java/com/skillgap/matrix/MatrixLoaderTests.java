package com.skillgap.matrix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The matrix file (scoring.md, "The matrix file"): a matrix that breaks a rule is refused with a message naming the
 * entry; a valid one is read with its scale, roles and responsibilities, and matches sheet text forgivingly.
 */
class MatrixLoaderTests {

	private static final String SOURCE = "test-matrix.yaml";

	private static final String HEADER = """
			id: cloud-devops
			version: "2026.1"
			""";

	private static final String ROLES = """
			roles:
			  - id: cloud-engineer
			    name: Cloud Engineer
			    aliases: [cloud engineer, cloud]
			    objective: "Builds and runs the cloud platform"
			  - id: devops-engineer
			    name: DevOps Engineer
			    aliases: [devops engineer, devops]
			    objective: "Automates delivery"
			""";

	private static final String NETWORKING = """
			  - id: networking
			    name: Networking and firewalls
			    area: Platform services
			    description: "VPCs, subnets, routing and firewall rules"
			    aliases: [firewalls, network security]
			    weight: 3
			    required: { cloud-engineer: 3 }
			    learning: ["Cloud networking course", "Associate networking certification"]
			""";

	private static final String KUBERNETES = """
			  - id: kubernetes
			    name: Kubernetes
			    area: Containers
			    aliases: [k8s, container orchestration]
			    weight: 3
			    required: { cloud-engineer: 2, devops-engineer: 3 }
			""";

	private static final String CI_CD = """
			  - id: ci-cd-pipelines
			    name: CI/CD pipelines
			    area: Release automation
			    aliases: [ci/cd, continuous integration, pipelines]
			    weight: 2
			    required: { cloud-engineer: 0, devops-engineer: 4 }
			""";

	// Refusals

	@Test
	void refusesADuplicateResponsibilityId() {
		// given two responsibilities with the id kubernetes, differently named
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes clusters
				    area: Containers
				    weight: 2
				    required: { devops-engineer: 2 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'kubernetes'")
			.withMessageContaining("'kubernetes' is already used");
	}

	@Test
	void refusesADuplicateRoleId() {
		// given two roles with the id cloud-engineer
		String yaml = document("""
				roles:
				  - id: cloud-engineer
				    name: Cloud Engineer
				  - id: cloud-engineer
				    name: Cloud Platform Engineer
				""", NETWORKING);

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("role 'cloud-engineer'")
			.withMessageContaining("'cloud-engineer' is already used");
	}

	@Test
	void refusesAnAliasUsedByTwoResponsibilities() {
		// given k8s is an alias of kubernetes and of container-platforms
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, """
				  - id: container-platforms
				    name: Container platforms
				    area: Containers
				    aliases: [k8s, openshift]
				    weight: 2
				    required: { devops-engineer: 2 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'container-platforms'")
			.withMessageContaining("'k8s' is already used by responsibility 'kubernetes'");
	}

	@Test
	void refusesAliasesThatOnlyCollideOnceNormalised() {
		// given "CI/CD" and "ci cd" are written differently but both normalise to "ci cd"
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, """
				  - id: ci-cd-pipelines
				    name: CI/CD pipelines
				    area: Release automation
				    aliases: [CI/CD]
				    weight: 2
				    required: { devops-engineer: 4 }
				  - id: release-automation
				    name: Release automation
				    area: Release automation
				    aliases: [ci cd, releases]
				    weight: 2
				    required: { devops-engineer: 3 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'release-automation'")
			.withMessageContaining("'ci cd' is already used by responsibility 'ci-cd-pipelines'");
	}

	@Test
	void refusesAnAliasThatIsAnotherResponsibilitysName() {
		// given firewall-rules has the alias "Networking and Firewalls", the name of networking
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, """
				  - id: firewall-rules
				    name: Firewall rules
				    area: Platform services
				    aliases: [Networking and Firewalls]
				    weight: 2
				    required: { cloud-engineer: 2 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'firewall-rules'")
			.withMessageContaining("'Networking and Firewalls' is already used by responsibility 'networking'");
	}

	@Test
	void refusesAnAliasUsedByTwoRoles() {
		// given "platform" is an alias of both roles
		String yaml = document("""
				roles:
				  - id: cloud-engineer
				    name: Cloud Engineer
				    aliases: [cloud, platform]
				  - id: devops-engineer
				    name: DevOps Engineer
				    aliases: [devops, Platform]
				""", KUBERNETES);

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("role 'devops-engineer'")
			.withMessageContaining("'Platform' is already used by role 'cloud-engineer'");
	}

	@Test
	void refusesAnUnknownRoleInRequired() {
		// given kubernetes is required by a role the matrix does not define
		String yaml = withResponsibilities(NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { devops-engineer: 3, site-reliability-engineer: 3 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'kubernetes'")
			.withMessageContaining("unknown role 'site-reliability-engineer'");
	}

	@ParameterizedTest(name = "required level {0}")
	@ValueSource(ints = { 5, -1 })
	void refusesARequiredLevelOutsideTheDefaultScale(int level) {
		// given the default scale 0–4
		String yaml = withResponsibilities(NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { devops-engineer: %d }
				""".formatted(level));

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'kubernetes'")
			.withMessageContaining("required level " + level + " for 'devops-engineer' is outside the scale 0–4");
	}

	@Test
	void refusesARequiredLevelOutsideACustomScale() {
		// given a scale 0–2, kubernetes requires level 3
		String yaml = HEADER + """
				scale:
				  - { level: 0, name: None }
				  - { level: 1, name: Basic }
				  - { level: 2, name: Strong }
				""" + ROLES + "responsibilities:\n" + NETWORKING.replace("cloud-engineer: 3", "cloud-engineer: 2")
				+ """
						  - id: kubernetes
						    name: Kubernetes
						    area: Containers
						    weight: 3
						    required: { devops-engineer: 3 }
						""";

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'kubernetes'")
			.withMessageContaining("required level 3 for 'devops-engineer' is outside the scale 0–2");
	}

	@Test
	void refusesARequiredLevelThatIsNotAWholeNumber() {
		// given
		String yaml = withResponsibilities(NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { devops-engineer: 2.5 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'kubernetes'")
			.withMessageContaining("required level for 'devops-engineer' must be a whole number");
	}

	@Test
	void refusesAResponsibilityEveryRoleRequiresAtZero() {
		// given cost-management is required at 0 by both roles
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, """
				  - id: cost-management
				    name: Cost management
				    area: Cost
				    weight: 1
				    required: { cloud-engineer: 0, devops-engineer: 0 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'cost-management'")
			.withMessageContaining("no role requires it");
	}

	@Test
	void refusesAResponsibilityWithoutRequired() {
		// given cost-management has no required levels at all
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, """
				  - id: cost-management
				    name: Cost management
				    area: Cost
				    weight: 1
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'cost-management'")
			.withMessageContaining("no role requires it");
	}

	@ParameterizedTest(name = "weight {0}")
	@ValueSource(ints = { 0, 4 })
	void refusesAWeightOutsideOneToThree(int weight) {
		// given
		String yaml = withResponsibilities(NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: %d
				    required: { devops-engineer: 3 }
				""".formatted(weight));

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 'kubernetes'")
			.withMessageContaining("weight " + weight + " is outside 1–3");
	}

	@ParameterizedTest(name = "{0} ''{2}''")
	@CsvSource(delimiter = '|', textBlock = """
			name  | email-campaigns | Email
			name  | squad-rituals   | Team member
			alias | kubernetes      | Level
			alias | kubernetes      | E_MAIL
			alias | kubernetes      | Job-Title
			alias | kubernetes      | Last reviewed:
			id    | date            | date
			id    | team-member     | team-member
			""")
	void refusesANameOrAliasThatIsAReservedIdentityHeader(String field, String id, String reserved) {
		// given a responsibility whose id, name or alias normalises to an identity header
		String name = field.equals("name") ? reserved : "Something else";
		String aliases = field.equals("alias") ? "[\"" + reserved + "\"]" : "[]";
		String yaml = withResponsibilities(NETWORKING, """
				  - id: %s
				    name: "%s"
				    area: Testing
				    aliases: %s
				    weight: 2
				    required: { devops-engineer: 2 }
				""".formatted(id, name, aliases));

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility '" + id + "'")
			.withMessageContaining("'" + reserved + "' is a reserved column header");
	}

	@ParameterizedTest(name = "id ''{0}''")
	@ValueSource(strings = { "Kubernetes", "ci_cd", "ci--cd", "-ci-cd", "ci-cd-", "ci cd", "ci/cd", "k8s!" })
	void refusesAResponsibilityIdThatIsNotKebabCase(String id) {
		// given
		String yaml = withResponsibilities(NETWORKING, """
				  - id: "%s"
				    name: Continuous delivery
				    area: Release automation
				    weight: 2
				    required: { devops-engineer: 3 }
				""".formatted(id));

		// when / then the entry is named by its position, as its id cannot be trusted
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 2")
			.withMessageContaining("id '" + id + "' must be kebab-case");
	}

	@Test
	void refusesARoleIdThatIsNotKebabCase() {
		// given
		String yaml = document("""
				roles:
				  - id: Cloud Engineer
				    name: Cloud Engineer
				""", NETWORKING);

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("role 1")
			.withMessageContaining("id 'Cloud Engineer' must be kebab-case");
	}

	@Test
	void refusesAScaleWithAMissingLevel() {
		// given levels 0, 1, 3
		String yaml = HEADER + """
				scale:
				  - { level: 0, name: None }
				  - { level: 1, name: Basic }
				  - { level: 3, name: Strong }
				""" + ROLES + "responsibilities:\n" + KUBERNETES;

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("scale entry 3")
			.withMessageContaining("level 3 should be 2 (levels are consecutive from 0)");
	}

	@Test
	void refusesAScaleThatDoesNotStartAtZero() {
		// given levels 1–4
		String yaml = HEADER + """
				scale:
				  - { level: 1, name: Awareness }
				  - { level: 2, name: Working }
				  - { level: 3, name: Practitioner }
				  - { level: 4, name: Expert }
				""" + ROLES + "responsibilities:\n" + KUBERNETES;

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("scale entry 1")
			.withMessageContaining("level 1 should be 0");
	}

	@Test
	void refusesARoleThatNoResponsibilityRequires() {
		// given no responsibility requires devops-engineer
		String yaml = withResponsibilities(NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { cloud-engineer: 2, devops-engineer: 0 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("role 'devops-engineer'")
			.withMessageContaining("no responsibility requires it");
	}

	@Test
	void refusesAFileThatIsNotYaml() {
		// given half a flow mapping
		String yaml = "{ id: cloud-devops, roles: [cloud-engineer";

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("Matrix " + SOURCE)
			.withMessageContaining("is not readable YAML");
	}

	@Test
	void refusesAFileWhoseTopLevelIsNotAMapping() {
		// given text that is valid YAML but only a sentence
		String yaml = "Cloud engineers and DevOps engineers, see the wiki";

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("the file: expected a mapping");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(""))
			.withMessageContaining("Matrix " + SOURCE + " refused")
			.withMessageContaining("the file: expected a mapping");
	}

	@Test
	void refusesAKeyWrittenTwiceInOneEntry() {
		// given kubernetes has two weights; silently keeping either would hide a mistake
		String yaml = withResponsibilities(NETWORKING, """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    weight: 1
				    required: { devops-engineer: 3 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("is not readable YAML")
			.withMessageContaining("weight");
	}

	@Test
	void refusesAResponsibilityWithoutId() {
		// given the second responsibility has no id
		String yaml = withResponsibilities(NETWORKING, """
				  - name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { devops-engineer: 3 }
				""");

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("responsibility 2: 'id' is missing");
	}

	@Test
	void refusesARoleWithoutId() {
		// given
		String yaml = document("""
				roles:
				  - name: Cloud Engineer
				""", NETWORKING);

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("role 1: 'id' is missing");
	}

	@Test
	void refusesAMatrixWithoutId() {
		// given
		String yaml = "version: \"1\"\n" + ROLES + "responsibilities:\n" + KUBERNETES;

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("the file: 'id' is missing");
	}

	@Test
	void namesTheFileInEveryRefusal() {
		// given a weight outside 1–3
		String yaml = withResponsibilities(KUBERNETES.replace("weight: 3", "weight: 9"));

		// when / then
		assertThatExceptionOfType(InvalidMatrixException.class).isThrownBy(() -> load(yaml))
			.withMessageStartingWith("Matrix " + SOURCE + " refused: responsibility 'kubernetes'");
	}

	// A valid matrix

	@Test
	void loadsAMinimalMatrix() {
		// given one role, one responsibility and no scale
		String yaml = """
				id: minimal
				version: "1"
				roles:
				  - id: cloud-engineer
				    name: Cloud Engineer
				responsibilities:
				  - id: networking
				    name: Networking
				    area: Platform services
				    weight: 1
				    required: { cloud-engineer: 1 }
				""";

		// when
		Matrix matrix = load(yaml);

		// then
		assertThat(matrix.id()).isEqualTo("minimal");
		assertThat(matrix.version()).isEqualTo("1");
		assertThat(matrix.roles()).extracting(Role::id).containsExactly("cloud-engineer");
		assertThat(matrix.responsibilities()).extracting(Responsibility::id).containsExactly("networking");
		Responsibility networking = matrix.responsibilities().get(0);
		assertThat(networking.aliases()).isEmpty();
		assertThat(networking.learning()).isEmpty();
		assertThat(networking.description()).isEmpty();
	}

	@Test
	void usesTheDefaultScaleWhenNoneIsGiven() {
		// given
		String yaml = validMatrix();

		// when
		Matrix matrix = load(yaml);

		// then
		assertThat(matrix.scale()).isEqualTo(ProficiencyScale.DEFAULT);
		assertThat(matrix.scale().levels()).extracting(ScaleLevel::level, ScaleLevel::name)
			.containsExactly(tuple(0, "None"), tuple(1, "Awareness"), tuple(2, "Working"), tuple(3, "Practitioner"),
					tuple(4, "Expert"));
	}

	@Test
	void readsACustomScale() {
		// given a scale 0–2
		String yaml = HEADER + """
				scale:
				  - { level: 0, name: None, description: "never done it" }
				  - { level: 1, name: Basic, description: "with help" }
				  - { level: 2, name: Strong, description: "alone" }
				""" + ROLES + "responsibilities:\n" + """
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 3
				    required: { cloud-engineer: 1, devops-engineer: 2 }
				""";

		// when
		Matrix matrix = load(yaml);

		// then
		assertThat(matrix.scale().highest()).isEqualTo(2);
		assertThat(matrix.scale().levels()).extracting(ScaleLevel::name).containsExactly("None", "Basic", "Strong");
		assertThat(matrix.scale().level(1).description()).isEqualTo("with help");
		assertThat(matrix.scale().byName("STRONG")).map(ScaleLevel::level).contains(2);
	}

	@Test
	void keepsRolesAndResponsibilitiesInFileOrder() {
		// given
		String yaml = withResponsibilities(KUBERNETES, NETWORKING, CI_CD);

		// when
		Matrix matrix = load(yaml);

		// then
		assertThat(matrix.roles()).extracting(Role::id).containsExactly("cloud-engineer", "devops-engineer");
		assertThat(matrix.responsibilities()).extracting(Responsibility::id)
			.containsExactly("kubernetes", "networking", "ci-cd-pipelines");
	}

	@Test
	void readsEveryFieldOfAResponsibility() {
		// when
		Responsibility networking = load(validMatrix()).responsibility("networking");

		// then
		assertThat(networking.name()).isEqualTo("Networking and firewalls");
		assertThat(networking.area()).isEqualTo("Platform services");
		assertThat(networking.description()).isEqualTo("VPCs, subnets, routing and firewall rules");
		assertThat(networking.aliases()).containsExactly("firewalls", "network security");
		assertThat(networking.weight()).isEqualTo(3);
		assertThat(networking.required()).containsExactlyEntriesOf(Map.of("cloud-engineer", 3));
		assertThat(networking.learning()).containsExactly("Cloud networking course",
				"Associate networking certification");
	}

	@Test
	void readsEveryFieldOfARole() {
		// when
		Role devops = load(validMatrix()).roles().get(1);

		// then
		assertThat(devops.id()).isEqualTo("devops-engineer");
		assertThat(devops.name()).isEqualTo("DevOps Engineer");
		assertThat(devops.aliases()).containsExactly("devops engineer", "devops");
		assertThat(devops.objective()).isEqualTo("Automates delivery");
	}

	@Test
	void acceptsTheWeightsAndLevelsAtTheEdgesOfTheirRanges() {
		// given weights 1 and 3, required levels 0, 1 and 4
		String yaml = withResponsibilities("""
				  - id: kubernetes
				    name: Kubernetes
				    area: Containers
				    weight: 1
				    required: { cloud-engineer: 1, devops-engineer: 0 }
				  - id: ci-cd-pipelines
				    name: CI/CD pipelines
				    area: Release automation
				    weight: 3
				    required: { devops-engineer: 4 }
				""");

		// when
		Matrix matrix = load(yaml);

		// then
		assertThat(matrix.responsibilities()).extracting(Responsibility::weight).containsExactly(1, 3);
		assertThat(matrix.responsibility("ci-cd-pipelines").requiredBy("devops-engineer")).isEqualTo(4);
	}

	@Test
	void aRoleAbsentFromRequiredRequiresLevelZero() {
		// when
		Responsibility networking = load(validMatrix()).responsibility("networking");

		// then
		assertThat(networking.requiredBy("devops-engineer")).isZero();
		assertThat(networking.isRequiredBy("devops-engineer")).isFalse();
		assertThat(networking.isRequiredBy("cloud-engineer")).isTrue();
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "ci-cd-pipelines", "CI/CD pipelines", "CI/CD Pipelines", "ci cd pipelines",
			"  CI_CD  Pipelines ", "ci/cd", "CI CD", "Continuous Integration", "PIPELINES" })
	void findsAResponsibilityByIdNameOrAliasForgivingly(String header) {
		// given
		Matrix matrix = load(validMatrix());

		// when
		var found = matrix.findResponsibility(header);

		// then
		assertThat(found).map(Responsibility::id).contains("ci-cd-pipelines");
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "CICD", "CICD pipelines", "ci-cd-pipeline", "Golang" })
	void findsNoResponsibilityForOtherText(String header) {
		// given
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.findResponsibility(header)).isEmpty();
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "devops-engineer", "DevOps Engineer", "devops", "DEVOPS ENGINEER", "DevOps_Engineer",
			" devops " })
	void findsARoleByIdNameOrAliasForgivingly(String text) {
		// given
		Matrix matrix = load(validMatrix());

		// when
		var found = matrix.findRole(text);

		// then
		assertThat(found).map(Role::id).contains("devops-engineer");
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "SRE", "Site Reliability Engineer", "DevOpsEngineer", "" })
	void findsNoRoleForOtherText(String text) {
		// given SRE is not an alias unless the matrix says so
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.findRole(text)).isEmpty();
	}

	@Test
	void findsAResponsibilityByExactIdOnly() {
		// given
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.responsibility("kubernetes").name()).isEqualTo("Kubernetes");
		assertThatIllegalArgumentException().isThrownBy(() -> matrix.responsibility("k8s"))
			.withMessageContaining("no responsibility 'k8s'");
	}

	@Test
	void aResponsibilityBothRolesRequireIsAnOverlap() {
		// given kubernetes is required by cloud-engineer (2) and devops-engineer (3)
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.isOverlap(matrix.responsibility("kubernetes"))).isTrue();
	}

	@Test
	void aResponsibilityOneRoleRequiresIsNotAnOverlap() {
		// given networking is required by cloud-engineer only
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.isOverlap(matrix.responsibility("networking"))).isFalse();
	}

	@Test
	void aResponsibilityRequiredAtZeroByARoleIsNotAnOverlap() {
		// given ci-cd-pipelines: cloud-engineer 0, devops-engineer 4
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.isOverlap(matrix.responsibility("ci-cd-pipelines"))).isFalse();
	}

	@Test
	void listsTheResponsibilitiesARoleRequiresInMatrixOrder() {
		// given
		Matrix matrix = load(validMatrix());

		// when / then
		assertThat(matrix.requiredBy(matrix.roles().get(0))).extracting(Responsibility::id)
			.containsExactly("networking", "kubernetes");
		assertThat(matrix.requiredBy(matrix.roles().get(1))).extracting(Responsibility::id)
			.containsExactly("kubernetes", "ci-cd-pipelines");
	}

	private static String validMatrix() {
		return withResponsibilities(NETWORKING, KUBERNETES, CI_CD);
	}

	private static String withResponsibilities(String... responsibilities) {
		return document(ROLES, responsibilities);
	}

	private static String document(String roles, String... responsibilities) {
		return HEADER + roles + "responsibilities:\n" + String.join("", responsibilities);
	}

	private static Matrix load(String yaml) {
		return MatrixLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), SOURCE);
	}

}
