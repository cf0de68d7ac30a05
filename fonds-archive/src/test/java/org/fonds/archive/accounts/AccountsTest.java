package org.fonds.archive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.fonds.error.FondsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
    @TempDir
    Path tmp;

    private Accounts accounts() {
        return new Accounts(tmp.resolve("home").resolve("accounts.json"));
    }

    @Test
    void aPasswordIsKeptAsAnArgon2idHashThatChecksItAndNoOther() {
        String hash = PasswordHash.hash("correct horse".toCharArray());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(PasswordHash.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(PasswordHash.matches("correct horsf".toCharArray(), hash)).isFalse();
        assertThat(PasswordHash.hash("correct horse".toCharArray())).as("a fresh salt each time").isNotEqualTo(hash);
        assertThat(PasswordHash.matches("x".toCharArray(), "$2a$10$notargon")).isFalse();
    }

    @Test
    void theAccountsFileIsReadableByItsOwnerOnly() throws Exception {
        Accounts a = accounts();
        a.add("historian", Role.EDITOR, "a long password".toCharArray());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a.file()))).isEqualTo("rw-------");
        a.setPassword("historian", "another long one".toCharArray());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a.file()))).as("after a rewrite too").isEqualTo("rw-------");
        assertThat(Files.readString(a.file())).doesNotContain("long password").doesNotContain("another long one");
    }

    @Test
    void anAccountSignsInWithItsPasswordOnly() {
        Accounts a = accounts();
        assertThat(a.any()).isFalse();
        a.add("historian", Role.EDITOR, "a long password".toCharArray());
        a.add("boss", Role.ADMIN, "the admin password".toCharArray());
        assertThat(a.any()).isTrue();
        assertThat(a.check("historian", "a long password".toCharArray())).get().extracting(Account::role).isEqualTo(Role.EDITOR);
        assertThat(a.check("historian", "the admin password".toCharArray())).isEmpty();
        assertThat(a.check("nobody", "a long password".toCharArray())).isEmpty();
        assertThat(a.list()).extracting(Account::name).containsExactly("historian", "boss");
    }

    @Test
    void passwdAndRemoveChangeOnlyTheirAccount() {
        Accounts a = accounts();
        a.add("historian", Role.EDITOR, "a long password".toCharArray());
        a.add("boss", Role.ADMIN, "the admin password".toCharArray());
        a.setPassword("historian", "a new password".toCharArray());
        assertThat(a.check("historian", "a long password".toCharArray())).isEmpty();
        assertThat(a.check("historian", "a new password".toCharArray())).isPresent();
        a.remove("historian");
        assertThat(a.list()).extracting(Account::name).containsExactly("boss");
        assertThat(a.check("boss", "the admin password".toCharArray())).isPresent();
    }

    @Test
    void badNamesShortPasswordsAndTwinsAreRefusedWithTheirCode() {
        Accounts a = accounts();
        a.add("historian", Role.EDITOR, "a long password".toCharArray());
        assertThatThrownBy(() -> a.add("historian", Role.ADMIN, "a long password".toCharArray()))
                .isInstanceOf(FondsException.class).extracting(e -> ((FondsException) e).code()).isEqualTo("account-exists");
        assertThatThrownBy(() -> a.add("<script>", Role.EDITOR, "a long password".toCharArray()))
                .extracting(e -> ((FondsException) e).code()).isEqualTo("bad-account-name");
        assertThatThrownBy(() -> a.add("short", Role.EDITOR, "1234567".toCharArray()))
                .extracting(e -> ((FondsException) e).code()).isEqualTo("bad-password");
        assertThatThrownBy(() -> a.remove("nobody")).extracting(e -> ((FondsException) e).code()).isEqualTo("not-found");
        assertThat(a.list()).hasSize(1);
    }
}
