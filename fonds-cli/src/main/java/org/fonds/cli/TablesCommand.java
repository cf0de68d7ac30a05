package org.fonds.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityFile;
import org.fonds.deliberation.tables.Table;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tables", description = {"Derive the tables across documents from the store and write them out:",
        "people with their name forms, sessions, attendance and speaking (people by sessions), statements,",
        "the decision and task log, archival references and works cited in notes, the dates mentioned.",
        "Each table as CSV, and everything as deliberations.json."})
final class TablesCommand implements Callable<Integer> {
    /** The editors' authority file in a home, when they keep one. */
    static final String AUTHORITY = "authority.json";

    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: HOME/tables)")
    Path out;
    @Option(names = "--authority", paramLabel = "FILE",
            description = "the people authority file (default: HOME/authority.json if there is one, else the sample's)")
    Path authorityFile;

    @Override
    public Integer call() throws IOException {
        ArchiveHome archive = new ArchiveHome(home.home());
        Path dir = out != null ? out : archive.root().resolve("tables");
        Deliberations d;
        try (OcflStore store = OcflStore.open(archive)) {
            d = Deliberations.build(records(store), authority(archive));
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, Table> t : tables(d).entrySet()) {
            Files.writeString(dir.resolve(t.getKey() + ".csv"), t.getValue().csv(), StandardCharsets.UTF_8);
        }
        try (OutputStream json = Files.newOutputStream(dir.resolve("deliberations.json"))) {
            d.writeJson(json);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(d.people().size() + " people, " + d.sessions().size() + " sessions, " + d.log().rows().size()
                + " decisions and tasks, written to " + dir);
        o.flush();
        return ExitCodes.OK;
    }

    private Authority authority(ArchiveHome archive) throws IOException {
        Path file = authorityFile != null ? authorityFile : archive.root().resolve(AUTHORITY);
        if (authorityFile != null || Files.isRegularFile(file)) return AuthorityFile.read(file);
        return Authority.sample();
    }

    /** The latest record of every stored document, in id order. */
    private static List<ArchiveRecord> records(OcflStore store) {
        List<ArchiveRecord> out = new ArrayList<>();
        try (Stream<String> ids = store.ids()) {
            for (String id : ids.sorted().toList()) {
                store.read(id, 0).ifPresent(v -> out.add(RecordJson.read(v.recordJson())));
            }
        }
        return out;
    }

    private static Map<String, Table> tables(Deliberations d) {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put("attendance", d.attendance());
        t.put("speaking", d.speaking());
        t.put("statements", d.statements());
        t.put("decisions-and-tasks", d.log());
        t.put("references", d.references());
        t.put("works", d.works());
        t.put("timeline", d.timeline());
        return t;
    }
}
