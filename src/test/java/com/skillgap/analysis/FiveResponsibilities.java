package com.skillgap.analysis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;

/**
 * The small matrix of the trend and roll-up examples (w = weight, then the level each role requires):
 *
 * <pre>
 * responsibility            w   cloud  devops
 * networking                3     3      –
 * kubernetes                3     2      3
 * infrastructure-as-code    2     2      2
 * test-automation           1     –      2
 * cost-management           1     1      –      Σ w·req: cloud 20, devops 15
 * </pre>
 */
final class FiveResponsibilities {

	static final Matrix MATRIX = MatrixLoader.load(new ByteArrayInputStream("""
			id: five-responsibilities
			version: "1"
			roles:
			  - id: cloud-engineer
			    name: Cloud Engineer
			  - id: devops-engineer
			    name: DevOps Engineer
			responsibilities:
			  - { id: networking, name: Networking, area: A, weight: 3, required: { cloud-engineer: 3 } }
			  - { id: kubernetes, name: Kubernetes, area: A, weight: 3,
			      required: { cloud-engineer: 2, devops-engineer: 3 } }
			  - { id: infrastructure-as-code, name: Infrastructure as code, area: A, weight: 2,
			      required: { cloud-engineer: 2, devops-engineer: 2 } }
			  - { id: test-automation, name: Test automation, area: B, weight: 1, required: { devops-engineer: 2 } }
			  - { id: cost-management, name: Cost management, area: B, weight: 1, required: { cloud-engineer: 1 } }
			""".getBytes(StandardCharsets.UTF_8)), "five-responsibilities.yaml");

	private FiveResponsibilities() {
	}

}
