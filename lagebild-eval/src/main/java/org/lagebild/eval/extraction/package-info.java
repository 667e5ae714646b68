/**
 * Corpus evaluation of article extraction: the trafilatura snippet benchmark
 * ({@link org.lagebild.eval.extraction.TrafilaturaEvaluation}) and the Scrapinghub article-body
 * benchmark ({@link org.lagebild.eval.extraction.ScrapinghubEvaluation}), each scored the way the
 * benchmark's own script scores it, the German news pages of the SmartData corpus scored like Scrapinghub
 * ({@link org.lagebild.eval.extraction.SmartdataEvaluation}), plus a command-line entry point
 * ({@link org.lagebild.eval.extraction.ExtractionEvalMain}).
 */
package org.lagebild.eval.extraction;
