package com.skillgap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the PDF heatmap is cut into pages: at most {@value #MEMBERS_PER_PAGE} members and
 * {@value #RESPONSIBILITIES_PER_PAGE} responsibilities on one A4 landscape page, the most that stay readable. A
 * bigger team continues on the next page with the same responsibilities; a bigger matrix is cut into blocks of
 * adjacent responsibilities, each shown for the whole team before the next block starts. A block ends where an area
 * ends whenever a whole area still fits, so an area is only cut when it is too long for a page by itself.
 *
 * @param pages the pages in reading order; none when there is nobody or nothing to show
 * @param members how many members the heatmap shows
 * @param responsibilities how many responsibilities the heatmap shows
 */
record HeatmapLayout(List<Page> pages, int members, int responsibilities) {

	static final int MEMBERS_PER_PAGE = 30;

	static final int RESPONSIBILITIES_PER_PAGE = 28;

	HeatmapLayout {
		pages = List.copyOf(pages);
	}

	/** The layout for a team of {@code members} and the responsibilities of the given areas, in matrix order. */
	static HeatmapLayout of(int members, List<String> areas) {
		return of(members, areas, MEMBERS_PER_PAGE, RESPONSIBILITIES_PER_PAGE);
	}

	static HeatmapLayout of(int members, List<String> areas, int membersPerPage, int responsibilitiesPerPage) {
		if (membersPerPage < 1 || responsibilitiesPerPage < 1) {
			throw new IllegalArgumentException("a page holds at least one member and one responsibility");
		}
		// as few pages as the limit needs, the members spread evenly over them: 31 people are 16 and 15, not 30 and 1
		int memberPages = Math.ceilDiv(members, membersPerPage);
		List<Page> pages = new ArrayList<>();
		for (Range responsibilities : responsibilityBlocks(areas, responsibilitiesPerPage)) {
			for (int page = 0; page < memberPages; page++) {
				int from = members * page / memberPages;
				int to = members * (page + 1) / memberPages;
				pages.add(new Page(new Range(from, to), responsibilities));
			}
		}
		return new HeatmapLayout(pages, members, areas.size());
	}

	/** Whether the heatmap takes more than one page. */
	boolean split() {
		return this.pages.size() > 1;
	}

	/** What a page shows, e.g. "Members 31–45 of 45 · responsibilities 1–28 of 28". */
	String caption(Page page) {
		return "Members " + page.members().shown(this.members) + " · responsibilities "
				+ page.responsibilities().shown(this.responsibilities);
	}

	/**
	 * Cuts the responsibilities into blocks of at most {@code limit}: each block takes as many whole runs of one area
	 * as fit, and only an area run longer than a block is cut.
	 */
	private static List<Range> responsibilityBlocks(List<String> areas, int limit) {
		List<Range> blocks = new ArrayList<>();
		int start = 0;
		while (start < areas.size()) {
			int end = Math.min(areas.size(), start + limit);
			if (end < areas.size()) {
				int lastAreaStart = end;
				while (lastAreaStart > start && Objects.equals(areas.get(lastAreaStart), areas.get(lastAreaStart - 1))) {
					lastAreaStart--;
				}
				if (lastAreaStart > start) {
					end = lastAreaStart;
				}
			}
			blocks.add(new Range(start, end));
			start = end;
		}
		return blocks;
	}

	/** The members and responsibilities on one page. */
	record Page(Range members, Range responsibilities) {
	}

	/**
	 * Consecutive positions in a list, from {@code from} (inclusive) to {@code to} (exclusive), counted from 0.
	 */
	record Range(int from, int to) {

		Range {
			if (from < 0 || to <= from) {
				throw new IllegalArgumentException("not a range: " + from + ".." + to);
			}
		}

		int size() {
			return this.to - this.from;
		}

		<T> List<T> of(List<T> list) {
			return list.subList(this.from, this.to);
		}

		/** As a reader counts, from 1: "31–45 of 45". */
		String shown(int total) {
			return (this.from + 1) + "–" + this.to + " of " + total;
		}

	}

}
