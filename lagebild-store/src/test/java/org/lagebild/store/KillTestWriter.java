package org.lagebild.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lagebild.model.Document;

/**
 * Child process of {@link KillTest}: puts {@code total} small synthetic documents into the store in
 * {@code dataDir} in batches, printing "stored N" after each committed batch.
 * Usage: {@code KillTestWriter dataDir total batchSize}.
 */
public final class KillTestWriter {
    private KillTestWriter() {
    }

    static Document doc(int i) {
        return TestDocs.simple(String.format(java.util.Locale.ROOT, "kill-%05d", i), "Meldung " + i,
                "Synthetische Meldung Nummer " + i + " über Soldaten in Region " + (i % 50) + ".",
                "https://kill.example/" + i, i % 2 == 0 ? "de" : "en", "Quelle " + (i % 10),
                LocalDate.of(2024, 1, 1).plusDays(i % 365));
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        try (Store store = Store.open(dataDir)) {
            for (int from = 0; from < total; from += batchSize) {
                List<Document> batch = new ArrayList<>(batchSize);
                for (int i = from; i < Math.min(total, from + batchSize); i++) {
                    batch.add(doc(i));
                }
                store.put(batch);
                System.out.println("stored " + Math.min(total, from + batchSize));
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
