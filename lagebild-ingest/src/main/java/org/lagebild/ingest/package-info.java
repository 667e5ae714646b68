/**
 * Turns input paths and streams (text, HTML, JSON Lines, RSS/Atom, WARC; any of them gzip-compressed)
 * into decoded {@link org.lagebild.ingest.SourceRecord}s, streaming one record at a time. Entry point:
 * {@link org.lagebild.ingest.InputReader}. Bad input never throws: it becomes an
 * {@link org.lagebild.ingest.InputProblem} and the batch goes on. Nothing here extracts article text.
 */
package org.lagebild.ingest;
