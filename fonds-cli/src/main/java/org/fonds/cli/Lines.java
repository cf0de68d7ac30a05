package org.fonds.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes lines a command was handed back to a stream, flushed. */
final class Lines {
    private Lines() {
    }

    static void print(PrintWriter to, List<String> lines) {
        lines.forEach(to::println);
        to.flush();
    }
}
