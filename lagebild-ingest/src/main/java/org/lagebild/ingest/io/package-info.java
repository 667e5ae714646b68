/**
 * Bounded, streaming byte reading and error descriptions shared by the readers. All types are immutable or stateless and thread-safe unless
 * their Javadoc says otherwise. Nothing is null unless documented.
 */
package org.lagebild.ingest.io;
