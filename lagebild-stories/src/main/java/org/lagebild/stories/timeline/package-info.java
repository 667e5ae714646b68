/**
 * The chronology of a story: {@link org.lagebild.stories.timeline.TimelineEvent}s built from its facts, ordered
 * by event time (with granularity), not by publication time. Stateless and thread-safe.
 */
package org.lagebild.stories.timeline;
