/**
 * RSS and Atom feed input (Rome), with DOCTYPEs refused. All types are immutable or stateless and thread-safe unless
 * their Javadoc says otherwise. Nothing is null unless documented.
 */
package org.lagebild.ingest.feed;
