/** Evaluation of duplicate detection against real, locally stored corpora. */
package org.lagebild.stories.eval;
