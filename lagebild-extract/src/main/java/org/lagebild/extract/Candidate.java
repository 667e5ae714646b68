package org.lagebild.extract;

import org.lagebild.model.BlockType;

/**
 * A piece of text that survived boilerplate filtering, on its way to become a block. Mutable while one
 * extraction runs; never shared between threads.
 */
final class Candidate {
    final String text;
    final int position;
    final boolean bullet;
    final boolean leadHint;
    /** An HTML paragraph written wholly in italics (see {@link Unit#note()}). */
    boolean note;
    BlockType type;

    Candidate(String text, int position, boolean bullet, BlockType type, boolean leadHint) {
        this.text = text;
        this.position = position;
        this.bullet = bullet;
        this.type = type;
        this.leadHint = leadHint;
    }

    @Override
    public String toString() {
        return type + ":" + text;
    }
}
