package org.fonds.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.fonds.archive.Archive;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Accounts;
import org.fonds.archive.accounts.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fonds user add|list|remove|passwd}: the accounts that may sign in to correct the archive. */
@Command(name = "user", description = {"The accounts of editors who correct the archive in the browser.",
        "Editing is switched off while no account exists; the reading room stays public."},
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Remove.class, UserCommand.Passwd.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "user: add, list, remove or passwd");
    }

    private static Accounts accounts(HomeOption home) {
        try (Archive archive = home.open(null)) {
            return archive.accounts();
        }
    }

    @Command(name = "add", description = {"Add an account; the password is asked at the terminal, or read as the first",
            "line of standard input (never an argument)."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        HomeOption home;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "editor", description = "editor, admin or reader (default: ${DEFAULT-VALUE})")
        String role;

        @Override
        public Integer call() {
            Accounts accounts = accounts(home);
            Account.checkName(name);
            Role r = Role.parse(role);
            char[] password = PasswordPrompt.read("password for " + name);
            try {
                accounts.add(name, r, password);
            } finally {
                Arrays.fill(password, ' ');
            }
            spec.commandLine().getErr().println("fonds user: added " + name + " (" + r.label() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "The accounts, one per line: name and role.")
    static final class ListAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        HomeOption home;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Account a : accounts(home).list()) out.println(a.name() + "\t" + a.role().label());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", description = "Remove an account; its sessions end at their next request.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        HomeOption home;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            accounts(home).remove(name);
            spec.commandLine().getErr().println("fonds user: removed " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "passwd", description = "Set an account's password (asked as for add).")
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        HomeOption home;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Accounts accounts = accounts(home);
            if (accounts.find(name).isEmpty()) throw new org.fonds.error.NotFoundException("no account '" + name + "' in " + accounts.file());
            char[] password = PasswordPrompt.read("new password for " + name);
            try {
                accounts.setPassword(name, password);
            } finally {
                Arrays.fill(password, ' ');
            }
            spec.commandLine().getErr().println("fonds user: password of " + name + " changed");
            return ExitCodes.OK;
        }
    }
}
