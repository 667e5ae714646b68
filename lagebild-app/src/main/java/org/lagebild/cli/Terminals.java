package org.lagebild.cli;

/** Whether standard error is a terminal: the launcher passes {@code -Dlagebild.stderr.tty=true}. */
final class Terminals {
    private Terminals() {
    }

    static boolean stderrIsTerminal() {
        String p = System.getProperty("lagebild.stderr.tty");
        if (p != null) {
            return Boolean.parseBoolean(p);
        }
        return false;
    }
}
