package org.lagebild.ingest;

import java.util.ArrayList;
import java.util.List;

/** Test sink that keeps everything. */
final class CollectingSink implements RecordSink {

    final List<SourceRecord> records = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public void record(SourceRecord record) {
        records.add(record);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void skipped(String input, String reason) {
        skipped.add(input + ": " + reason);
    }

    @Override
    public void notice(String input, String message) {
        notices.add(input + ": " + message);
    }

    SourceRecord only() {
        if (records.size() != 1) {
            throw new AssertionError("expected one record, got " + records + " problems " + problems);
        }
        return records.get(0);
    }

    InputProblem onlyProblem() {
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, got " + problems + " records " + records.size());
        }
        return problems.get(0);
    }
}
