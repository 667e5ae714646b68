package org.lagebild.stories.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.eval.StoryEvaluationFeatures;

/**
 * Test helper for speed work, the long twin of {@link ClusteringFingerprintCheck}: replays the cached GVA
 * features as N articles (argument; default 200,000; new ids, 100 a day, as the benchmark does), far enough
 * for the dormant store to fill to its cap and forget stories, and prints one SHA-256 over every decision
 * (article, story, opened, score to 1e-9, the ids of the stories retired, merged ids) with the counts. Two
 * builds decide alike when they print the same line. A second argument caps the dormant store ({@code
 * maxDormantStories}) lower, so that it forgets stories early. Run from the module directory:
 * {@code java -Xmx2g -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.cluster.LongStreamFingerprint 200000 [2000]}.
 */
public final class LongStreamFingerprint {
    private LongStreamFingerprint() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<StoryFeatures> gva = StoryEvaluationFeatures.all(null, null).stream().filter(c -> c.corpus().equals("gva"))
                .map(StoryEvaluationFeatures.Cached::features).toList();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        // a second argument caps the dormant store lower, so that stories are forgotten (and their places reused) early
        ClusterConfig config = args.length > 1
                ? ClusterConfig.defaults().with(java.util.Map.of("maxDormantStories", Integer.parseInt(args[1])))
                : ClusterConfig.defaults();
        StoryClusterer c = new StoryClusterer(config);
        LocalDate start = LocalDate.of(2000, 1, 1);
        long opened = 0;
        long retired = 0;
        for (int i = 0; i < n; i++) {
            Assignment a = c.add(gva.get(i % gva.size()).withIdAndDate("b" + i, start.plusDays(i / 100)));
            double s = a.score();
            StringBuilder line = new StringBuilder().append(a.articleId()).append('\t').append(a.storyId()).append('\t')
                    .append(a.opened()).append('\t').append(Double.isNaN(s) ? "NaN" : String.format(Locale.ROOT, "%.9f", s));
            for (Story r : a.retired()) {
                line.append('\t').append(r.id());
            }
            line.append('\t').append(a.merged()).append('\n');
            sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
            opened += a.opened() ? 1 : 0;
            retired += a.retired().size();
        }
        System.out.println("fingerprint " + n + " articles, " + opened + " opened, " + retired + " retired, "
                + c.activeCount() + " active, " + c.dormantCount() + " dormant: " + HexFormat.of().formatHex(sha.digest()));
    }
}
