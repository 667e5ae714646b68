import java.io.*;
import java.nio.charset.StandardCharsets;
import java.time.*;
import java.time.format.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.*;
import org.lagebild.model.*;
import org.lagebild.time.timex.TimeTagger;

/**
 * The English weekday rule checked against the GVA incidents' gold dates (session 15): every weekday the time tagger
 * resolves to a day in the GVA documents (publication date = the document's dct), how many are the incident's date,
 * and of those resolved to the day right after the publication day, how many are the incident's date, how many the
 * incident's date a week earlier (what the rule before gave), how many neither. Run with the jar on the class path:
 * {@code java -cp lagebild-app/target/lagebild.jar scripts/review-english/WeekdayCheck.java ../shared/data/gva-incidents-casualty-counts-en}
 * ({@code -Dsamples=12}: print every 12th sentence of the "neither" kind).
 */
public class WeekdayCheck {
    static final int SAMPLES = Integer.getInteger("samples", 0);

    /** The sentence splitter of the tests (TestDocs): at ". X" and line breaks. */
    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>(); int start = 0, idx = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !(i > 0 && Character.isDigit(text.charAt(i - 1))));
            if (cut) { if (i + 1 > start) out.add(new Sentence(idx++, new Span(start, i + 1))); start = i + 1; }
        }
        if (start < text.length()) out.add(new Sentence(idx, new Span(start, text.length())));
        return out;
    }
    public static void main(String[] a) throws Exception {
        String dir = a[0];
        ObjectMapper m = new ObjectMapper();
        Map<String, LocalDate> inc = new HashMap<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(dir + "/incidents.jsonl.gz")), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) { JsonNode n = m.readTree(l);
                try { inc.put(n.get("incident_uri").asText(), LocalDate.parse(n.get("date").asText(), f)); } catch (Exception e) { } }
        }
        TimeTagger t = new TimeTagger();
        Set<String> days = Set.of("monday","tuesday","wednesday","thursday","friday","saturday","sunday");
        int next = 0, nextRight = 0, nextOldRight = 0, other = 0, allWeek = 0, allRight = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(dir + "/documents.jsonl.gz")), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) { JsonNode n = m.readTree(l);
                LocalDate id = inc.get(n.get("incident_id").asText());
                if (id == null || !n.hasNonNull("dct")) continue;
                LocalDate dct; try { dct = LocalDate.parse(n.get("dct").asText()); } catch (Exception e) { continue; }
                String text = n.get("content").asText();
                for (TimeExpression x : t.tag(text, split(text), "en", dct)) {
                    if (!days.contains(x.text().toLowerCase(Locale.ROOT)) || x.value() == null || x.value().length() != 10) continue;
                    LocalDate v; try { v = LocalDate.parse(x.value()); } catch (Exception e) { continue; }
                    allWeek++; if (v.equals(id)) allRight++;
                    if (v.equals(dct.plusDays(1))) { next++; if (v.equals(id)) nextRight++; else if (v.minusDays(7).equals(id)) nextOldRight++; else {
                        other++;
                        if (SAMPLES > 0 && other % SAMPLES == 0) {
                            int b = Math.max(0, x.span().start() - 150), e = Math.min(text.length(), x.span().end() + 80);
                            System.out.println(dct + " " + dct.getDayOfWeek() + ", incident " + id + " | " + text.substring(b, e).replace('\n', ' '));
                        }
                    } }
                }
            }
        }
        System.out.printf("weekday timexes %d, = incident date %d; resolved to dct+1: %d (incident that day %d, a week earlier %d, other %d)%n",
            allWeek, allRight, next, nextRight, nextOldRight, other);
    }
}
