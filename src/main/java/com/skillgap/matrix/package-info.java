/**
 * The responsibility matrices: roles, responsibilities, the proficiency scale, and how sheet text is matched to them.
 */
package com.skillgap.matrix;
