package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.fonds.archive.accounts.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fonds user}: accounts made, listed, changed and removed as an administrator runs it. */
class UserCommandTest {
    @TempDir
    Path tmp;

    private CommandLineTest.Run withInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandLineTest.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addReadsThePasswordFromStandardInputAndListShowsNamesAndRolesOnly() throws Exception {
        String home = tmp.resolve("home").toString();
        CommandLineTest.Run added = withInput("a long password\n", "user", "add", "historian", "--role", "editor", "--home", home);
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(withInput("the admin password\n", "user", "add", "boss", "--role", "admin", "--home", home).status()).isZero();
        CommandLineTest.Run list = CommandLineTest.run("user", "list", "--home", home);
        assertThat(list.lines()).containsExactly("historian\teditor", "boss\tadmin");
        Path file = tmp.resolve("home/accounts.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new Accounts(file).check("historian", "a long password".toCharArray())).isPresent();
        assertThat(added.out() + added.err()).doesNotContain("a long password");
    }

    @Test
    void thereIsNoWayToGiveThePasswordAsAnArgument() {
        CommandLineTest.Run r = withInput("", "user", "add", "historian", "--password", "a long password", "--home", tmp.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("accounts.json"))).isFalse();
    }

    @Test
    void passwdAndRemoveChangeTheAccount() {
        String home = tmp.toString();
        withInput("a long password\n", "user", "add", "historian", "--home", home);
        assertThat(withInput("a newer password\n", "user", "passwd", "historian", "--home", home).status()).isZero();
        assertThat(new Accounts(tmp.resolve("accounts.json")).check("historian", "a newer password".toCharArray())).isPresent();
        assertThat(CommandLineTest.run("user", "remove", "historian", "--home", home).status()).isZero();
        assertThat(CommandLineTest.run("user", "list", "--home", home).out()).isEmpty();
        CommandLineTest.Run gone = CommandLineTest.run("user", "remove", "historian", "--home", home);
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err()).contains("no account 'historian'");
    }

    @Test
    void aShortPasswordOrABadRoleIsWrongUsageAndAddsNothing() {
        String home = tmp.toString();
        CommandLineTest.Run shortOne = withInput("short\n", "user", "add", "historian", "--home", home);
        assertThat(shortOne.status()).isEqualTo(2);
        assertThat(shortOne.err()).contains("8 to 1024 characters");
        assertThat(withInput("a long password\n", "user", "add", "historian", "--role", "king", "--home", home).status()).isEqualTo(2);
        assertThat(CommandLineTest.run("user", "list", "--home", home).out()).isEmpty();
    }
}
