package org.lagebild.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.Document;

/** One pipeline shared by several threads gives the same result as a single thread. */
class ConcurrencyTest {
    @Test
    void sharedPipelineIsThreadSafe() throws Exception {
        Pipeline p = Pipelines.basic();
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2025, 1, 1));
        List<Document> inputs = new ArrayList<>();
        String[] texts = {
            "Nordkorea wird 1.000 Minenräumer entsenden. Die Ankündigung erfolgte am 6. August 2024 in Pjöngjang.",
            "The Kremlin confirmed the reports. Kyiv did not comment at first, officials said.",
            "Le gouvernement a annoncé mercredi un nouveau plan. L'opposition a jugé ce plan trop tardif.",
        };
        for (int i = 0; i < 60; i++) {
            String t = texts[i % texts.length];
            inputs.add(Document.of(new Article("c" + i, "test", "text", null, null, t, List.of(), List.of(), List.of(),
                    null, null, null, null)));
        }
        List<Document> expected = inputs.stream().map(d -> p.apply(d, ctx)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (Document d : inputs) {
                futures.add(pool.submit(() -> p.apply(d, ctx)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(expected.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
