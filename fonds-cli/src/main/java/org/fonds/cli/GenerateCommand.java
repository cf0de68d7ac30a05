package org.fonds.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fonds.synth.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {"Write synthetic export files in every variant of the format.",
        "Fictional people, archives and text; each summary says the record is synthetic. Deterministic for a seed."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
    Path out;
    @Option(names = "--count", required = true, paramLabel = "N", description = "number of files")
    int count;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1956", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be >= 0 (got: " + count + ")");
        }
        int written = new Generator(seed).writeCorpus(out, count);
        spec.commandLine().getOut().println(written + " files written to " + out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
