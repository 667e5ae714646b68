/**
 * WARC input (jwarc): HTML responses become records, other records are skipped. All types are immutable or stateless and thread-safe unless
 * their Javadoc says otherwise. Nothing is null unless documented.
 */
package org.lagebild.ingest.warc;
