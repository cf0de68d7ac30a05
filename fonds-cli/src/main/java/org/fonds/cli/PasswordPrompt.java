package org.fonds.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fonds.error.InvalidRequestException;

/**
 * A password, never taken as an argument (the process list and the shell's history would show it):
 * asked twice at the terminal without echo, or read as the first line of standard input when that is
 * not a terminal ({@code printf '%s\n' "$PW" | fonds user add ...}).
 */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    static char[] read(String prompt) {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] again = console.readPassword("the same again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new InvalidRequestException("passwords-differ", "the two passwords typed differ; nothing was changed");
            }
            Arrays.fill(again, ' ');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new InvalidRequestException("no-password", "no password on standard input; nothing was changed");
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JDK 22 and later hand out a console even when input is redirected, and say so with isTerminal(). */
    private static boolean isTerminal(Console console) {
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only at a terminal
        }
    }
}
