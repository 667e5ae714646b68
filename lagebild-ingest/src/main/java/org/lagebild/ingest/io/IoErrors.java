package org.lagebild.ingest.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;
import org.lagebild.ingest.InputProblem;

/** Turns I/O failures into one-line problem reasons. Stateless. */
public final class IoErrors {

    private IoErrors() {
    }

    /**
     * A reason for an I/O failure while reading a stream; {@code gzip} says whether the stream was
     * gzip-compressed, so an early end is reported as {@code "truncated gzip: ..."}.
     */
    public static String describe(Throwable e, boolean gzip) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (gzip && e instanceof EOFException) {
            return "truncated gzip: " + (message.isEmpty() ? "Unexpected end of gzip stream" : message);
        }
        if (gzip && e instanceof ZipException) {
            return "corrupt gzip: " + message;
        }
        if (e instanceof EOFException) {
            return "unexpected end of input" + (message.isEmpty() ? "" : ": " + message);
        }
        String kind = e instanceof IOException ? "I/O error" : e.getClass().getSimpleName();
        return InputProblem.oneLine(kind + (message.isEmpty() ? "" : ": " + message));
    }
}
