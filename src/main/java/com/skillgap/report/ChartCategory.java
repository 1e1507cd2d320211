package com.skillgap.report;

/**
 * A category of a chart (a responsibility, a person) by its place, shown by its name: two responsibilities or
 * people of the same name stay two bars.
 */
record ChartCategory(int index, String name) implements Comparable<ChartCategory> {

	@Override
	public int compareTo(ChartCategory other) {
		return Integer.compare(this.index, other.index);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
