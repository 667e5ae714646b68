import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lagebild.entities.kb.Media;
import org.lagebild.stories.cluster.Headlines;

/**
 * For stories.sh: "titles" reads "id TAB title" lines and writes "id TAB true|false" (a headline or
 * not, Headlines); "actors" reads "entity-id TAB name TAB type" lines and appends the media kind
 * (agency, outlet, platform or -, Media).
 */
public class CheckStories {
    public static void main(String[] args) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String l; (l = r.readLine()) != null; ) {
            String[] f = l.split("\t", -1);
            if (args[0].equals("titles")) {
                System.out.println(f[0] + "\t" + Headlines.instance().isHeadline(f.length > 1 ? f[1] : ""));
            } else {
                String kind = Media.load().kindOf(f[0].isEmpty() ? null : f[0], f[1], f[2])
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("-");
                System.out.println(l + "\t" + kind);
            }
        }
    }
}
