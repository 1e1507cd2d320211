package com.skillgap.matrix;

/** One level of the proficiency scale, e.g. 3 Practitioner. */
public record ScaleLevel(int level, String name, String description) {
}
