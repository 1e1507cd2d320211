package com.skillgap.web;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the run page says a running run is doing, from the step it is in. */
class RunProgressTests {

	@Test
	void namesTheStepAndItsCount() {
		assertThat(RunReports.describe(step("importStep", 1240, 0))).isEqualTo("Reading the sheet: 1,240 rows read");
		assertThat(RunReports.describe(step("analysisStep", 3, 2))).isEqualTo("Analysing: 2 teams done");
		assertThat(RunReports.describe(step("reportStep", 3, 1))).isEqualTo("Writing reports: 1 team done");
		assertThat(RunReports.describe(step("summaryStep", 0, 0))).isEqualTo("Writing the run summary");
		assertThat(RunReports.describe(step("mailStep", 0, 0))).isEqualTo("Mailing the reports to the managers");
		assertThat(RunReports.describe(step("sheetsStep", 0, 0))).isEqualTo("Starting");
	}

	private static StepExecution step(String name, long read, long written) {
		StepExecution step = mock(StepExecution.class);
		when(step.getStepName()).thenReturn(name);
		when(step.getReadCount()).thenReturn(read);
		when(step.getWriteCount()).thenReturn(written);
		return step;
	}

}
