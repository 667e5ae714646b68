package org.lagebild.extract;

import org.lagebild.model.BlockType;

/**
 * One line of plain text or one block element of HTML, before boilerplate filtering.
 *
 * @param text     the text, bullet marker removed, outer white space stripped
 * @param position offset of the line or element in the decoded input
 * @param bullet   the line started with a bullet marker (or is an HTML list item)
 * @param hint     the block type the markup states, or null for plain text
 * @param leadHint the markup marks it as a lead/intro
 * @param note     the markup sets it apart as a note: an HTML paragraph written wholly in italics
 */
record Unit(String text, int position, boolean bullet, BlockType hint, boolean leadHint, boolean note) {

    Unit(String text, int position, boolean bullet, BlockType hint, boolean leadHint) {
        this(text, position, bullet, hint, leadHint, false);
    }
}
