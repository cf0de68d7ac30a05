package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line's library is one the launcher's start-up cache can hold: JDK 25's ahead-of-time
 * cache leaves out classes compiled for Java 5 (class version 49), as picocli's published jar is,
 * and every start then read, parsed and verified its classes from the jar (fonds-picocli's pom).
 */
class StartUpCacheClassesTest {
    private static final int JAVA_21 = 65;

    @Test
    void picocliOnTheClassPathIsCompiledForJava21OrLater() throws IOException {
        assertThat(majorVersion(CommandLine.class)).isGreaterThanOrEqualTo(JAVA_21);
        assertThat(majorVersion(CommandLine.Model.CommandSpec.class)).isGreaterThanOrEqualTo(JAVA_21);
    }

    @Test
    void picocliIsOnTheClassPathOnce() throws IOException {
        var copies = java.util.Collections.list(getClass().getClassLoader().getResources("picocli/CommandLine.class"));
        assertThat(copies).hasSize(1);
    }

    /** The class file's major version, read from its header (magic, minor, major). */
    private static int majorVersion(Class<?> c) throws IOException {
        String resource = c.getName().replace('.', '/') + ".class";
        try (InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            DataInputStream data = new DataInputStream(in);
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
