package org.lagebild.ingest.io;

import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;

/**
 * Carries an exception thrown by a caller's {@link RecordSink} through the readers' catch-all blocks, so
 * that a sink can stop a batch by throwing and its exception reaches the caller unchanged.
 */
public final class SinkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private SinkFailure(RuntimeException cause) {
        super(cause);
    }

    /** The sink's own exception. */
    public RuntimeException unwrap() {
        return (RuntimeException) getCause();
    }

    /** Wraps {@code sink} so that its runtime exceptions travel as {@link SinkFailure}. */
    public static RecordSink guard(RecordSink sink) {
        return new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                try {
                    sink.record(record);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void problem(InputProblem problem) {
                try {
                    sink.problem(problem);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void skipped(String input, String reason) {
                try {
                    sink.skipped(input, reason);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void notice(String input, String message) {
                try {
                    sink.notice(input, message);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }
        };
    }
}
