package org.fonds.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segment stays on disk while any write it names is unfinished, even after later writes moved on. */
class JournalTest {
    @TempDir
    Path tmp;

    @Test
    void aSegmentGoesOnlyOnceItIsSealedAndEveryWriteItNamesHasEnded() throws IOException {
        Journal journal = new Journal(new ArchiveHome(tmp));
        journal.create();
        JournalSegment first = journal.begin("abc/def/012/a");
        JournalSegment alsoFirst = journal.begin("abc/def/012/b");
        assertThat(alsoFirst).isSameAs(first);
        journal.end(first);
        journal.rotate(); // a flush while the write of b is still running
        assertThat(journal.leftovers()).containsExactly(first.file());
        assertThat(JournalSegment.objectPaths(first.file())).containsExactly("abc/def/012/a", "abc/def/012/b");

        JournalSegment second = journal.begin("abc/def/012/c");
        assertThat(second).isNotSameAs(first);
        journal.end(alsoFirst);
        assertThat(journal.leftovers()).containsExactly(second.file());

        journal.end(second);
        assertThat(journal.leftovers()).as("not sealed yet: more entries may come").containsExactly(second.file());
        journal.rotate();
        assertThat(journal.leftovers()).isEmpty();
    }
}
