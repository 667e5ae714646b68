/**
 * The Lucene full-text index derived from the SQLite store: per-language analysed fields, filters
 * and snippets. It can always be rebuilt from the database ({@link org.lagebild.store.Store#reindex()}).
 */
package org.lagebild.store.index;
