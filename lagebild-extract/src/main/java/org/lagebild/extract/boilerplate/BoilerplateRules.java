package org.lagebild.extract.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The boilerplate phrase rules of one or more languages, read from {@code boilerplate-LANG.tsv} next to
 * this package's parent ({@code org/lagebild/extract/}), plus the agency codes of {@code agencies.tsv}.
 * Load once and share: immutable and thread-safe.
 */
public final class BoilerplateRules {

    private static final String[] HEADER = {"id", "kind", "pattern", "reason", "example_match", "example_nomatch"};

    private final List<BoilerplateRule> rules;
    private final Map<String, String> agencies;

    private BoilerplateRules(List<BoilerplateRule> rules, Map<String, String> agencies) {
        this.rules = List.copyOf(rules);
        this.agencies = agencies;
    }

    /** Loads the rule files of these languages ("de", "en"); throws if one is missing or malformed. */
    public static BoilerplateRules load(String... languages) {
        List<BoilerplateRule> rules = new ArrayList<>();
        for (String lang : languages) {
            DataFile f = DataFile.load(org.lagebild.extract.ExtractionException.class,
                    "boilerplate-" + lang.toLowerCase(Locale.ROOT) + ".tsv", HEADER);
            for (List<String> r : f.rows()) {
                try {
                    rules.add(BoilerplateRule.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(f.resource() + ": bad rule " + r.get(0) + ": " + e.getMessage(), e);
                }
            }
        }
        DataFile ag = DataFile.load(org.lagebild.extract.ExtractionException.class, "agencies.tsv",
                "code", "agency", "example");
        Map<String, String> agencies = new TreeMap<>();
        for (List<String> r : ag.rows()) {
            agencies.put(r.get(0).strip().toLowerCase(Locale.ROOT), r.get(1).strip());
        }
        return new BoilerplateRules(rules, Map.copyOf(agencies));
    }

    /** All rules, in file order. */
    public List<BoilerplateRule> rules() {
        return rules;
    }

    /** The rules of one kind, in file order. */
    public List<BoilerplateRule> rules(RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    /** The agency name for a code token ("dpa" -> "dpa", "rtr" -> "Reuters"), or null. */
    public String agency(String code) {
        return agencies.get(code.strip().toLowerCase(Locale.ROOT));
    }

    /** All agency codes with their names. */
    public Map<String, String> agencies() {
        return agencies;
    }
}
