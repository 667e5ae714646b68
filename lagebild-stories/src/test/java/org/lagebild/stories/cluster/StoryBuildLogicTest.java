package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link StoryBuild#LOGIC} honest: a code change that alters which story an article goes to, or
 * the score that decided it, must raise the number, or data directories made by the old code get no
 * "made by another build" note. The test replays a fixed synthetic stream (topics with their own words
 * and entities, dated and undated articles, German and English, claims, stories that go dormant and
 * come back) through {@link StoryClusterer#addObserved} and {@link StoryClusterer#consolidate()}, hashes
 * every decision, candidate score and merge, and compares the hash with the one recorded for the
 * current {@link StoryBuild#fingerprint()} in {@code story-build-decisions.txt}.
 * <ul>
 *   <li>Same fingerprint, other decisions: the code changed the decisions without raising LOGIC; fails.</li>
 *   <li>Other fingerprint (LOGIC raised, a data file or the state version changed): the recorded line is
 *   out of date; fails with the line to write. {@code -Dstorybuild.update=true} writes it.</li>
 * </ul>
 * The features are built here, not by the annotation stages, so annotation changes do not touch it.
 */
class StoryBuildLogicTest {
    private static final Path RECORD = Path.of("src/test/resources/org/lagebild/stories/cluster/story-build-decisions.txt");

    @Test
    void decisionsChangeOnlyWithTheFingerprint() throws Exception {
        String decisions = decisionsHash();
        String fingerprint = StoryBuild.fingerprint();
        String line = fingerprint + "\t" + decisions;
        if (Boolean.getBoolean("storybuild.update")) {
            Files.writeString(RECORD, "# StoryBuild.fingerprint()<TAB>SHA-256 of the decisions on StoryBuildLogicTest's stream"
                    + " (written with -Dstorybuild.update=true)\n" + line + "\n", StandardCharsets.UTF_8);
            return;
        }
        String[] recorded = Files.readAllLines(RECORD, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow().split("\t");
        if (recorded[0].equals(fingerprint) && !recorded[1].equals(decisions)) {
            fail("story decisions changed but StoryBuild.fingerprint() did not (" + fingerprint + "): raise StoryBuild.LOGIC,"
                    + " then run this test with -Dstorybuild.update=true to record the new decisions");
        }
        assertEquals(recorded[0] + "\t" + recorded[1], line, "the fingerprint changed: record the decisions of the new build"
                + " (run this test with -Dstorybuild.update=true, from the module directory)");
    }

    /** The replay is deterministic: two runs give the same hash (else the guard would fail at random). */
    @Test
    void theReplayIsDeterministic() throws Exception {
        assertEquals(decisionsHash(), decisionsHash());
    }

    /** The stream exercises what the fingerprint is for: joins, openings, wakes and undated merges. */
    @Test
    void theStreamJoinsOpensAndMerges() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        int opened = 0;
        int joined = 0;
        for (StoryFeatures f : stream()) {
            Assignment a = c.add(f);
            if (a.opened()) {
                opened++;
            } else {
                joined++;
            }
        }
        assertTrue(opened >= 20 && joined >= 200, opened + " opened, " + joined + " joined");
    }

    static String decisionsHash() throws Exception {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        StringBuilder log = new StringBuilder();
        for (StoryFeatures f : stream()) {
            List<StoryClusterer.Candidate> scored = new ArrayList<>();
            Assignment a = c.addObserved(f, scored);
            log.append(a.articleId()).append(' ').append(a.storyId()).append(' ').append(a.opened())
                    .append(' ').append(String.format(Locale.ROOT, "%.9f", a.score())).append(' ').append(a.merged());
            for (Story s : a.retired()) {
                log.append(" retired ").append(s.id());
            }
            log.append('\n');
            for (StoryClusterer.Candidate k : scored) {
                log.append("  ").append(k.storyId()).append(k.dormant() ? " dormant " : " active ")
                        .append(String.format(Locale.ROOT, "%.9f", k.probability()));
                for (double x : k.features()) {
                    log.append(' ').append(String.format(Locale.ROOT, "%.9f", x));
                }
                log.append('\n');
            }
        }
        for (StoryMerger.Merge m : c.consolidate()) {
            log.append("consolidate ").append(m.merged()).append(" -> ").append(m.into())
                    .append(String.format(Locale.ROOT, " %.9f", m.averageLink())).append('\n');
        }
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(log.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha).substring(0, 16);
    }

    /**
     * 40 topics of 4 to 24 articles each, in publication order: a topic's own 12 words and 3 entities, words
     * shared by topics of one kind, background words; a quarter of the topics undated, one in five German, one
     * in four with a claim whose figure grows; one in five comes back 150 days later (a dormant story wakes).
     */
    static List<StoryFeatures> stream() {
        Random r = new Random(20261125L);
        record Item(LocalDate day, int order, StoryFeatures f) {
        }
        List<Item> items = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        int order = 0;
        for (int topic = 0; topic < 40; topic++) {
            boolean undated = topic % 4 == 3;
            String lang = topic % 5 == 0 ? "de" : "en";
            int kind = topic % 6;
            LocalDate first = start.plusDays(r.nextInt(500));
            int n = 4 + r.nextInt(21);
            for (int i = 0; i < n; i++) {
                LocalDate day = undated ? null : first.plusDays(topic % 5 == 1 && i > n / 2 ? 150 + r.nextInt(5) : r.nextInt(12));
                Map<String, Integer> terms = new HashMap<>();
                for (int k = 0; k < 25; k++) {
                    int which = r.nextInt(10);
                    String w = which < 5 ? "t" + topic + "w" + r.nextInt(12) : which < 7 ? "kind" + kind + "w" + r.nextInt(8)
                            : "bg" + r.nextInt(3000);
                    terms.merge(w, 1, Integer::sum);
                }
                Map<String, Integer> entities = new HashMap<>();
                for (int k = 0; k < 4; k++) {
                    String e = r.nextInt(4) == 0 ? "Qbg" + r.nextInt(400) : "Q" + (1000 + topic * 3 + r.nextInt(3));
                    entities.merge(e, 1, Integer::sum);
                }
                List<ClaimKey> claims = topic % 4 == 0
                        ? List.of(new ClaimKey(kind % 2 == 0 ? "kill" : "deploy", "soldier", 10 * (i + 1), 10 * (i + 1)))
                        : List.of();
                Set<String> eventDates = day == null || r.nextBoolean() ? Set.of() : Set.of(day.minusDays(1).toString());
                String title = "t" + topic + "w" + r.nextInt(12) + " kind" + kind + "w" + r.nextInt(8) + " t" + topic + "w" + r.nextInt(12);
                StoryFeatures f = new StoryFeatures("a" + topic + "-" + i, title, lang, day, terms, entities, claims, eventDates);
                items.add(new Item(day, order++, f));
            }
        }
        // publication order: dated articles by day (undated ones interleaved by their place in the list)
        items.sort((a, b) -> {
            LocalDate x = a.day() != null ? a.day() : LocalDate.of(2024, 1, 1).plusDays(a.order() % 650);
            LocalDate y = b.day() != null ? b.day() : LocalDate.of(2024, 1, 1).plusDays(b.order() % 650);
            int c = x.compareTo(y);
            return c != 0 ? c : Integer.compare(a.order(), b.order());
        });
        return items.stream().map(Item::f).toList();
    }
}
