package org.fonds.cli;

/** Whether standard error is a terminal; the launcher tells us, since Java 21 cannot see it itself. */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("fonds.stderr.tty");
    }
}
