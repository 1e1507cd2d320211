package com.skillgap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The rows {@code from} (inclusive) to {@code to} (exclusive) of a chart with a row per responsibility or person,
 * drawn as a chart of their own: a chart that would need more rows than a page holds readably is drawn as several,
 * one after another, each for a block of consecutive rows.
 */
record ChartBlock(int from, int to) {

	ChartBlock {
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("no block from " + from + " to " + to);
		}
	}

	int size() {
		return this.to - this.from;
	}

	/**
	 * {@code count} rows in as few blocks of at most {@code most} rows as will do, of about equal size; a block ends
	 * instead before a row for which {@code goodStart} holds (the first of an area, say) when there is one within a
	 * quarter of {@code most} of the even split. No rows make one empty block.
	 */
	static List<ChartBlock> split(int count, int most, IntPredicate goodStart) {
		if (most < 1) {
			throw new IllegalArgumentException("a block needs room for a row, not " + most);
		}
		int blocks = Math.max(1, (count + most - 1) / most);
		List<ChartBlock> split = new ArrayList<>();
		int from = 0;
		for (int block = 1; block < blocks; block++) {
			int even = (int) Math.round((double) block * count / blocks);
			// the rest must fit in the blocks left, and each of them needs a row
			int earliest = Math.max(from + 1, count - most * (blocks - block));
			int latest = Math.min(from + most, count - (blocks - block));
			int to = Math.clamp(even, earliest, latest);
			for (int distance = 0; distance <= most / 4; distance++) {
				if (even - distance >= earliest && even - distance <= latest && goodStart.test(even - distance)) {
					to = even - distance;
					break;
				}
				if (even + distance >= earliest && even + distance <= latest && goodStart.test(even + distance)) {
					to = even + distance;
					break;
				}
			}
			split.add(new ChartBlock(from, to));
			from = to;
		}
		split.add(new ChartBlock(from, count));
		return List.copyOf(split);
	}

	/** {@code count} rows in blocks of at most {@code most}, of about equal size. */
	static List<ChartBlock> split(int count, int most) {
		return split(count, most, row -> false);
	}

}
