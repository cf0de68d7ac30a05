package org.fonds.deliberation;

import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.read.MemoryTables;
import org.fonds.deliberation.read.Tables;
import org.fonds.record.ArchiveRecord;

class MemoryTablesTest extends TablesContract {
    @Override
    protected Tables tables(List<ArchiveRecord> records, Authority authority) {
        return new MemoryTables(Deliberations.build(records, authority));
    }
}
