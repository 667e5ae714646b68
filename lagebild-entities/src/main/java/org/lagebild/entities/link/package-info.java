/** Linking helpers: spelling-insensitive name keys, stable ids for unknown names, mention counts. */
package org.lagebild.entities.link;
