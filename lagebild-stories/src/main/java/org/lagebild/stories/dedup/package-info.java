/**
 * Exact and near-duplicate detection for articles: MinHash signatures over word shingles,
 * LSH banding for candidates, and within-article repeats. All types are deterministic and
 * need no clock or network.
 */
package org.lagebild.stories.dedup;
