package org.lagebild.cli;

import org.lagebild.engine.Lagebild;
import org.lagebild.model.Document;

/** Finds a document by id or unique id prefix. */
final class Lookup {
    private Lookup() {
    }

    static Document document(Lagebild lb, String id) {
        var exact = lb.store().document(id);
        if (exact.isPresent()) {
            return exact.get();
        }
        Document found = null;
        for (var s : lb.store().articles(Integer.MAX_VALUE, 0)) {
            if (s.id().startsWith(id)) {
                if (found != null) {
                    throw new IllegalArgumentException("article id prefix '" + id + "' is ambiguous");
                }
                found = lb.store().document(s.id()).orElse(null);
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no article with id '" + id + "' (see 'lagebild articles')");
        }
        return found;
    }
}
