package org.lagebild.extract;

import org.lagebild.extract.boilerplate.ClassHints;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;

final class HtmlExtractor {
    HtmlExtractor(BoilerplateFilter filter, ClassHints hints) {
    }

    Article extract(SourceRecord rec) throws ExtractionException {
        throw new ExtractionException("html not yet supported");
    }
}
