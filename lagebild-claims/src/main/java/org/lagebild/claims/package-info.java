/**
 * Claims, attribution chains, modality and quotes: {@link org.lagebild.claims.QuoteExtractor} finds direct quotes
 * and indirect speech with speaker and cue (provides {@code QUOTES}); {@link org.lagebild.claims.ClaimExtractor}
 * turns sentences with quantities or events of the ontology into claims with their source chain and modality
 * (provides {@code CLAIMS}); {@link org.lagebild.claims.ClaimJson} is their JSON form. The language knowledge lives in
 * TSV files beside these classes ({@code reporting-verbs.tsv}, {@code source-cues.tsv}, {@code modality-cues.tsv},
 * {@code events.tsv}, {@code speech.tsv}, {@code source-roles.tsv}); {@code eval} holds the evaluations. Nothing here
 * accepts or returns null unless documented.
 */
package org.lagebild.claims;
