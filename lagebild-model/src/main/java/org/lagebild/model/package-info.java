/**
 * Lagebild's immutable data model. Depends on nothing but the JDK. Spans are half-open char
 * ranges into an article's clean text; every annotation carries its {@link org.lagebild.model.Provenance}.
 */
package org.lagebild.model;
