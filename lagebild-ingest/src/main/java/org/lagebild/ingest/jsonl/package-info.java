/**
 * JSON Lines input, streamed line by line. All types are immutable or stateless and thread-safe unless
 * their Javadoc says otherwise. Nothing is null unless documented.
 */
package org.lagebild.ingest.jsonl;
