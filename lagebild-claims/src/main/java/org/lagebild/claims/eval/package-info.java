/**
 * Evaluations of claims and quotes: {@link org.lagebild.claims.eval.ClaimEvaluation} against the committed gold file
 * {@code claims-gold.tsv} (quantity-claim recall and precision, bounds, innermost source, modality) and
 * {@link org.lagebild.claims.eval.SpkAttEvaluation} on the GermEval 2023 SpkAtt task 2 layout. Each result's
 * {@code toJson()} is one JSON object.
 */
package org.lagebild.claims.eval;
