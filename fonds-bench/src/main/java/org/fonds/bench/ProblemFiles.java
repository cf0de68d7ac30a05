package org.fonds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs that give {@code /problems} something to list in a benchmark's home: files the parser
 * refuses, one of each kind it can be shown (empty, binary, no letters, XML declaring a DTD), and
 * headerless notes it takes in with warnings. Made here, not copied from any real record; the
 * generated records alone are all accepted, so without these the page would be timed empty.
 */
final class ProblemFiles {
    /** How many of each kind but the empty file: enough for the page's lists to have several lines, few enough not to change the archive. */
    static final int EACH = 3;

    private ProblemFiles() {
    }

    /** A file to be refused with {@code code} ({@code RefusalCode.code()}), or accepted with warnings (code null). */
    record Input(String name, byte[] bytes, String code) {
    }

    static List<Input> inputs() {
        List<Input> out = new ArrayList<>();
        // one empty file: two refused files of the same bytes in one ingest fail it (two workers keep them under one temporary name)
        out.add(new Input("problem-empty-1.txt", new byte[0], "empty"));
        for (int i = 1; i <= EACH; i++) {
            out.add(new Input("problem-binary-" + i + ".txt", bytes("Minutes of meeting " + i + "\n\0\0\u0001garbled\0 leaf\n"), "binary"));
            out.add(new Input("problem-no-text-" + i + ".txt", bytes("1956 - 11 - 0" + i + "\n----\n12 34 56 / 78\n"), "no-text"));
            out.add(new Input("problem-xml-dtd-" + i + ".xml", bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE note [\n<!ENTITY x \"y\">\n]>\n"
                    + "<note>Memorandum &x; " + i + "</note>\n"), "xml-dtd"));
            // no title line, no date, no citation: accepted, with a warning for each missing part
            out.add(new Input("problem-warned-" + i + ".txt", bytes("unsigned note " + i + ": the text"
                    + " has nothing above it to say what it is, when it was written or where it is kept.\n\n"
                    + "it asks for the grain deliveries of district " + (char) ('A' + i) + " to be counted again before the spring.\n"), null));
        }
        return out;
    }

    /** Writes every input into {@code dir}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Input in : inputs()) Files.write(dir.resolve(in.name()), in.bytes());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
