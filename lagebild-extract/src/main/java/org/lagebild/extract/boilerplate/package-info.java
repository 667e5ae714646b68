/**
 * Boilerplate knowledge as data: phrase rules ({@code boilerplate-de.tsv}, {@code boilerplate-en.tsv}),
 * news agency codes ({@code agencies.tsv}) and HTML class/id hints ({@code html-boilerplate-hints.tsv}),
 * each loaded once from the class path; a missing or malformed file is a hard error.
 */
package org.lagebild.extract.boilerplate;
