package org.fonds.cli;

import org.fonds.parse.RecordParser;
import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "fonds " + (v == null ? "dev" : v) + " (parser " + RecordParser.VERSION + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
