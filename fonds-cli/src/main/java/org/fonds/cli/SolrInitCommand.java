package org.fonds.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fonds.solr.SolrCollections;
import org.fonds.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "solr-init", description = {"Make the SolrCloud collection that --solr points at: upload its",
        "configuration (generated from the same definitions as the embedded index) and create it.",
        "With --configset DIR, only write that configuration to DIR, for a Solr administrator."})
final class SolrInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IndexOption index;
    @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "shards (default: ${DEFAULT-VALUE})")
    int shards;
    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1", description = "replicas of each shard (default: ${DEFAULT-VALUE})")
    int replicas;
    @Option(names = "--configset", paramLabel = "DIR", description = "write schema.xml and solrconfig.xml to DIR and stop")
    Path configset;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (configset != null) {
            out.println("wrote " + SolrConfigset.write(configset));
            out.flush();
            return ExitCodes.OK;
        }
        if (index.solrNodes().isEmpty()) {
            err.println("fonds solr-init: give the Solr nodes with --solr URLS (or $FONDS_SOLR)");
            return ExitCodes.USAGE;
        }
        if (shards < 1 || replicas < 1) {
            err.println("fonds solr-init: --shards and --replicas must be 1 or more");
            return ExitCodes.USAGE;
        }
        boolean made = SolrCollections.create(index.solrNodes(), index.collection, shards, replicas);
        out.println((made ? "created collection " : "collection already there: ") + index.collection);
        out.flush();
        return ExitCodes.OK;
    }
}
