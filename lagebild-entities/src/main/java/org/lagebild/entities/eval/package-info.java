/** Evaluations that print JSON with precision, recall, f1 and tokens_per_s as their last line. */
package org.lagebild.entities.eval;
