/** The entity knowledge base: versioned TSV files of countries, places, people, organisations and outlets. */
package org.lagebild.entities.kb;
