package org.fonds.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocfl.core.extension.storage.layout.HashedNTupleIdEncapsulationLayoutExtension;
import io.ocfl.core.storage.filesystem.FileSystemOcflObjectRootDirIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The ids of a store's objects, read from the names of their folders. ocfl-java's own listing parses
 * every object's {@code inventory.json} to learn its id: at 10,000 objects that was a sixth of an
 * ingest's CPU samples (BENCHMARKS.md, "What grows with the archive"), and at a million, with the
 * store larger than the page cache, a million more files read from the disk. Under layout 0003
 * ({@link StoreLayout}) an object's folder is its percent-encoded id, so the name says the id: it is
 * taken when the layout maps it back to that very folder. A name the layout cut short (an encoded id
 * over 100 characters ends in its digest) or that does not decode is read from the inventory, as
 * ocfl-java does. The folders are walked by ocfl-java's own iterator: the same objects, in the same
 * order, as its listing.
 */
final class ObjectIds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectIds() {
    }

    /** Every object's id under {@code ocflRoot}; the stream holds directories open until closed. */
    static Stream<String> list(Path ocflRoot, HashedNTupleIdEncapsulationLayoutExtension layout) {
        FileSystemOcflObjectRootDirIterator roots = new FileSystemOcflObjectRootDirIterator(ocflRoot);
        Stream<String> paths = StreamSupport.stream(Spliterators.spliteratorUnknownSize(roots, Spliterator.ORDERED), false);
        return paths.map(objectPath -> idOf(ocflRoot, objectPath, layout)).onClose(roots::close);
    }

    /** The id of the object at {@code objectPath} (relative to the storage root). */
    static String idOf(Path ocflRoot, String objectPath, HashedNTupleIdEncapsulationLayoutExtension layout) {
        String named = decode(objectPath.substring(objectPath.lastIndexOf('/') + 1));
        if (named != null && layout.mapObjectId(named).equals(objectPath)) return named;
        return fromInventory(ocflRoot.resolve(objectPath));
    }

    /** The id an object's inventory states. */
    private static String fromInventory(Path objectRoot) {
        Path inventory = objectRoot.resolve("inventory.json");
        try {
            JsonNode id = JSON.readTree(inventory.toFile()).get("id");
            if (id == null || !id.isTextual()) throw new StoreException("no id in " + inventory);
            return id.asText();
        } catch (IOException e) {
            throw new StoreException("cannot read the id of the object at " + objectRoot + ": " + e.getMessage(), e);
        }
    }

    /** A folder name's percent-encoding undone (UTF-8 bytes), or null when it is not one. */
    static String decode(String name) {
        if (name.indexOf('%') < 0) return name;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '%') {
                if (c > 0x7f) return null;
                bytes.write(c);
                continue;
            }
            if (i + 2 >= name.length()) return null;
            int hi = Character.digit(name.charAt(i + 1), 16);
            int lo = Character.digit(name.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) return null;
            bytes.write(hi << 4 | lo);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
