package org.lagebild.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.Pipeline;
import org.lagebild.model.Article;
import org.lagebild.model.Document;

/**
 * Throughput of the whole annotation pipeline (language, sentences, publication date, times, quantities, entities,
 * quotes, claims) on 10kGNAD's German news, with two threads. A benchmark, not a test: runs only with -Dbench=true
 * and prints one JSON line; nothing is asserted about speed.
 */
class ClaimsBenchmark {
    @Test
    void throughput() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("bench"), "set -Dbench=true to run the benchmark");
        Assumptions.assumeTrue(DataSets.present(), "../shared/data is absent");
        List<String> texts = DataSets.gnad();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            articles.add(Seeds.article("10kgnad:" + (i + 1), texts.get(i)));
        }
        Pipeline full = Seeds.full();
        Pipeline upstream = Seeds.upstream();
        int threads = Integer.getInteger("bench.threads", 2);
        List<Document> annotated = new ArrayList<>();
        for (Article a : articles) {
            annotated.add(upstream.apply(Document.of(a), Seeds.CONTEXT));
        }
        QuoteExtractor qx = new QuoteExtractor();
        ClaimExtractor cx = new ClaimExtractor();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int quotes = 0;
            for (Document d : annotated) {
                quotes += qx.apply(d, Seeds.CONTEXT).quotes().size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(java.util.Locale.ROOT,
                    "{\"bench\":\"quotes only\",\"round\":%d,\"threads\":1,\"articles\":%d,\"quotes\":%d,\"perSecond\":%.1f}%n",
                    round, annotated.size(), quotes, annotated.size() / secs);
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int claims = 0;
            for (Document d : annotated) {
                claims += cx.apply(qx.apply(d, Seeds.CONTEXT), Seeds.CONTEXT).claims().size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(java.util.Locale.ROOT,
                    "{\"bench\":\"quotes+claims only\",\"round\":%d,\"threads\":1,\"articles\":%d,\"claims\":%d,\"perSecond\":%.1f}%n",
                    round, annotated.size(), claims, annotated.size() / secs);
        }
        for (int round = 0; round < 3; round++) {
            double all = run(full, articles, threads);
            double up = run(upstream, articles, threads);
            long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
            System.out.printf(java.util.Locale.ROOT,
                    "{\"bench\":\"claims\",\"round\":%d,\"threads\":%d,\"articles\":%d,\"meanChars\":%d,\"fullPerSecond\":%.1f,\"upstreamPerSecond\":%.1f}%n",
                    round, threads, articles.size(), chars / articles.size(), all, up);
        }
    }

    private static double run(Pipeline p, List<Article> articles, int threads) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>();
        int per = (articles.size() + threads - 1) / threads;
        for (int k = 0; k < threads; k++) {
            List<Article> part = articles.subList(Math.min(articles.size(), k * per), Math.min(articles.size(), (k + 1) * per));
            fs.add(ex.submit(() -> {
                int n = 0;
                for (Article a : part) {
                    n += p.apply(Document.of(a), Seeds.CONTEXT).claims().size();
                }
                return n;
            }));
        }
        for (Future<Integer> f : fs) {
            f.get();
        }
        ex.shutdown();
        return articles.size() / ((System.nanoTime() - t0) / 1e9);
    }
}
