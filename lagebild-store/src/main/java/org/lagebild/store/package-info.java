/**
 * The store: SQLite as the system of record for documents and their annotations, with a Lucene
 * index ({@link org.lagebild.store.index}) derived from it. Entry point: {@link org.lagebild.store.Store}.
 */
package org.lagebild.store;
