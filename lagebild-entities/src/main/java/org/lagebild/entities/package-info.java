/**
 * Entity recognition and linking: {@link org.lagebild.entities.EntityRecognizer} is the stage;
 * {@code kb} holds the knowledge base, {@code recognize} the gazetteer and cue lists, {@code link}
 * name keys and counting, {@code eval} the evaluations. Nothing here accepts or returns null unless
 * documented.
 */
package org.lagebild.entities;
