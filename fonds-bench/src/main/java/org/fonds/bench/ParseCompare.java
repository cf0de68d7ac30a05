package org.fonds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fonds.synth.Generator;

/**
 * Two builds of the parser (loaded as {@link ParseSideBySide} loads them) given the same inputs: the
 * shared real records, the seeds and {@code N} generated files (seed 1956). Prints how many outcomes
 * differ ({@code toString} of each {@code ParseOutcome}, which holds the whole record) and the first
 * few names (every name, one a line, with {@code -Dfonds.compare.all=true}: a change made to read more must
 * account for each); exits 1 when any does. A change made for speed must leave every one equal.
 *
 * <pre>java -Dfonds.shared=../shared -cp "fonds-bench/target/fonds-bench.jar:fonds-bench/target/lib/*" \
 *     org.fonds.bench.ParseCompare 2000 A=DIR B=DIR</pre>
 */
public final class ParseCompare {
    private ParseCompare() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length != 3) {
            System.err.println("usage: ParseCompare GENERATED_COUNT A=DIR B=DIR");
            System.exit(64);
        }
        int generated = Integer.parseInt(args[0]);
        ParseSideBySide.Build a = ParseSideBySide.load(args[1]);
        ParseSideBySide.Build b = ParseSideBySide.load(args[2]);
        List<String> names = new ArrayList<>();
        List<byte[]> inputs = new ArrayList<>();
        for (String folder : List.of("real/docs", "seeds")) {
            Path dir = Path.of(System.getProperty("fonds.shared", "../shared"), "corpus").resolve(folder);
            try (var files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    names.add(folder + "/" + p.getFileName());
                    inputs.add(Files.readAllBytes(p));
                }
            }
        }
        Generator generator = new Generator(1956);
        for (int i = 0; i < generated; i++) {
            var s = generator.generate(i);
            names.add("generated/" + s.fileName());
            inputs.add(s.bytes());
        }
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String x = String.valueOf(a.parse().invoke(a.parser(), names.get(i), inputs.get(i)));
            String y = String.valueOf(b.parse().invoke(b.parser(), names.get(i), inputs.get(i)));
            if (!x.equals(y)) differing.add(names.get(i));
        }
        System.out.printf("%d inputs, %d differ between %s and %s%s%n", inputs.size(), differing.size(), a.label(), b.label(),
                differing.isEmpty() ? "" : ": " + String.join(", ", differing.subList(0, Math.min(10, differing.size()))));
        if (Boolean.getBoolean("fonds.compare.all")) differing.forEach(n -> System.out.println("differs: " + n));
        if (!differing.isEmpty()) System.exit(1);
    }
}
