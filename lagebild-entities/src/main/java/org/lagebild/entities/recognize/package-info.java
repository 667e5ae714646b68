/** Token-level matching: word tokens, the knowledge-base gazetteer trie, and cue-word lists. */
package org.lagebild.entities.recognize;
