/**
 * Turns ingested {@link org.lagebild.ingest.SourceRecord}s (plain text or HTML) into clean
 * {@link org.lagebild.model.Article}s: typed blocks, removed boilerplate with reasons, metadata with
 * origins. Entry point: {@link org.lagebild.extract.ArticleExtractor}.
 */
package org.lagebild.extract;
