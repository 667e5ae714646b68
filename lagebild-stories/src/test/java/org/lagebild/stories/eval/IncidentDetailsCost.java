package org.lagebild.stories.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.lagebild.stories.cluster.IncidentDetails;

/**
 * Test-scope tool: the CPU time {@link IncidentDetails#of} takes per GVA article (headline and raw text, English
 * rows), four rounds over all texts, the thread's CPU time (steadier than wall time on a shared box). Run from the
 * module directory: {@code java -cp target/classes:target/test-classes:<test class path>
 * org.lagebild.stories.eval.IncidentDetailsCost}.
 */
public final class IncidentDetailsCost {
    private IncidentDetailsCost() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(StoryEvaluationTest.GVA.resolve("documents.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                docs.add(new String[] {n.path("title").asText(), n.path("content").asText()});
            }
        }
        long chars = docs.stream().mapToLong(d -> d[1].length()).sum();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            long keys = 0;
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String[] d : docs) {
                keys += IncidentDetails.instance().of(d[0], d[1], "en").size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: %d articles, mean %d chars, %.1f CPU µs per article, %d keys%n", round,
                    docs.size(), chars / docs.size(), (t1 - t0) / 1e3 / docs.size(), keys);
        }
    }
}
