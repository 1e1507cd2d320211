package com.skillgap.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heatmap of the PDF report: how it is cut into pages ({@link HeatmapLayout}).
 */
class HeatmapPagesTests {

	@Nested
	class Layout {

		@Test
		void thirtyMembersAndTwentyEightResponsibilitiesShareOnePage() {
			HeatmapLayout layout = HeatmapLayout.of(30, areas("A", 10, "B", 10, "C", 8));

			assertThat(layout.pages()).containsExactly(page(0, 30, 0, 28));
			assertThat(layout.split()).isFalse();
		}

		@Test
		void theThirtyFirstMemberStartsASecondPageWithTheSameResponsibilities() {
			HeatmapLayout layout = HeatmapLayout.of(31, areas("A", 10, "B", 10, "C", 8));

			assertThat(layout.pages()).containsExactly(page(0, 30, 0, 28), page(30, 31, 0, 28));
			assertThat(layout.split()).isTrue();
		}

		@Test
		void responsibilitiesBreakWhereAnAreaEndsWhenTheWholeAreaFits() {
			// A and B (22) fit a page, C would take it to 30: the first page ends after B
			HeatmapLayout layout = HeatmapLayout.of(5, areas("A", 10, "B", 12, "C", 8, "D", 4));

			assertThat(layout.pages()).containsExactly(page(0, 5, 0, 22), page(0, 5, 22, 34));
		}

		@Test
		void anAreaLongerThanAPageIsCutWhereThePageIsFull() {
			HeatmapLayout layout = HeatmapLayout.of(5, areas("A", 5, "B", 30, "C", 2));

			assertThat(layout.pages()).containsExactly(page(0, 5, 0, 5), page(0, 5, 5, 33), page(0, 5, 33, 37));
		}

		@Test
		void eachResponsibilityBlockShowsTheWholeTeamBeforeTheNextBlock() {
			HeatmapLayout layout = HeatmapLayout.of(75, areas("A", 20, "B", 20));

			assertThat(layout.pages()).containsExactly(page(0, 30, 0, 20), page(30, 60, 0, 20), page(60, 75, 0, 20),
					page(0, 30, 20, 40), page(30, 60, 20, 40), page(60, 75, 20, 40));
		}

		@Test
		void everyMemberAppearsExactlyOncePerResponsibilityBlockAndEveryResponsibilityOnce() {
			List<String> areas = areas("A", 3, "B", 27, "C", 29, "D", 1, "E", 12);
			for (int members : List.of(1, 29, 30, 31, 59, 60, 61, 100)) {
				HeatmapLayout layout = HeatmapLayout.of(members, areas);
				Map<HeatmapLayout.Range, List<Integer>> membersByBlock = new HashMap<>();
				for (HeatmapLayout.Page page : layout.pages()) {
					assertThat(page.members().size()).isBetween(1, HeatmapLayout.MEMBERS_PER_PAGE);
					assertThat(page.responsibilities().size()).isBetween(1, HeatmapLayout.RESPONSIBILITIES_PER_PAGE);
					List<Integer> shown = membersByBlock.computeIfAbsent(page.responsibilities(),
							block -> new ArrayList<>());
					IntStream.range(page.members().from(), page.members().to()).forEach(shown::add);
				}
				List<Integer> everyone = IntStream.range(0, members).boxed().toList();
				assertThat(membersByBlock.values()).as(members + " members").allSatisfy(shown -> assertThat(shown)
					.containsExactlyElementsOf(everyone));
				List<Integer> responsibilities = membersByBlock.keySet()
					.stream()
					.sorted((one, other) -> Integer.compare(one.from(), other.from()))
					.flatMap(block -> IntStream.range(block.from(), block.to()).boxed())
					.toList();
				assertThat(responsibilities).containsExactlyElementsOf(IntStream.range(0, areas.size()).boxed().toList());
			}
		}

		@Test
		void nobodyToShowMeansNoPages() {
			assertThat(HeatmapLayout.of(0, areas("A", 10)).pages()).isEmpty();
		}

		@Test
		void theCaptionCountsFromOne() {
			HeatmapLayout layout = HeatmapLayout.of(45, areas("A", 28));

			assertThat(layout.caption(layout.pages().get(1)))
				.isEqualTo("Members 31–45 of 45 · responsibilities 1–28 of 28");
		}

		private static HeatmapLayout.Page page(int fromMember, int toMember, int fromResponsibility,
				int toResponsibility) {
			return new HeatmapLayout.Page(new HeatmapLayout.Range(fromMember, toMember),
					new HeatmapLayout.Range(fromResponsibility, toResponsibility));
		}

		/** Area names in matrix order, e.g. {@code areas("A", 2, "B", 1)} is A, A, B. */
		private static List<String> areas(Object... runs) {
			List<String> areas = new ArrayList<>();
			for (int i = 0; i < runs.length; i += 2) {
				areas.addAll(Collections.nCopies((Integer) runs[i + 1], (String) runs[i]));
			}
			return areas;
		}

	}

}
