package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * source-roles.tsv: rows are tried in order and the first whose key the source phrase contains gives the role
 * (ClaimExtractor.roleByWords), so every row's example must get its own row's role, not that of an earlier row.
 */
class SourceRolesExamplesTest {

    @Test
    void everyExampleGetsItsRowsRole() {
        List<Map<String, String>> rows = Tsv.read("source-roles.tsv", "key", "role", "example");
        List<String> failures = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String example = row.get("example").toLowerCase(Locale.ROOT);
            if (example.isBlank()) {
                failures.add("no example: " + row.get("key"));
                continue;
            }
            String role = null;
            for (Map<String, String> r : rows) {
                if (example.contains(r.get("key").toLowerCase(Locale.ROOT))) {
                    role = r.get("role");
                    break;
                }
            }
            if (!row.get("role").equals(role)) {
                failures.add(row.get("example") + ": " + role + " instead of " + row.get("role") + " (" + row.get("key") + ")");
            }
        }
        assertTrue(rows.size() > 10);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }
}
