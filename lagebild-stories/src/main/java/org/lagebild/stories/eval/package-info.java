/**
 * Evaluations against real, locally stored corpora: near-duplicates and "same story" on the SemEval
 * 2022 pairs, story clustering on GVA incidents and ECB+ topics (pairwise and B-cubed), casualty
 * counts from "killed" facts on GVA, and the clustering benchmark. Each takes the annotator (raw text
 * to annotated document) from its caller, so the CLI runs them with the engine's full pipeline.
 */
package org.lagebild.stories.eval;
