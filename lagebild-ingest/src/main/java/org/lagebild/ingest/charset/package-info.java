/**
 * Charset detection: bytes of one document in, decoded text with the charset used out. All types are immutable or stateless and thread-safe unless
 * their Javadoc says otherwise. Nothing is null unless documented.
 */
package org.lagebild.ingest.charset;
