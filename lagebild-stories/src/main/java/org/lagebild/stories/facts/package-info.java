/**
 * Facts across the articles of one story: claims that state one proposition grouped into {@link
 * org.lagebild.stories.facts.Fact}s with their evidence, independent sources, value range, most conservative
 * figure, conflicts and status history; source notes and a plain summary. Language knowledge (predicate
 * mapping, units, topics of frame claims, source-note rules) lives in TSV files beside these classes. All
 * types are immutable or stateless after construction, and thread-safe.
 */
package org.lagebild.stories.facts;
