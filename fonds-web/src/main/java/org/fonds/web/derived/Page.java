package org.fonds.web.derived;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a long list: {@code page} counts from 1, {@code total} is the length of the whole
 * list. A page past the end is empty, not an error.
 */
public record Page<T>(int page, int size, int total, List<T> items) {
    public Page {
        if (page < 1) throw new IllegalArgumentException("page must be >= 1 (got: " + page + ")");
        if (size < 1) throw new IllegalArgumentException("size must be >= 1 (got: " + size + ")");
        items = List.copyOf(items);
    }

    /** Page {@code page} of {@code all}, each element made into what is shown by {@code as}. */
    public static <E, T> Page<T> of(List<E> all, int page, int size, Function<E, T> as) {
        long from = (long) (page - 1) * size;
        List<E> slice = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
        return new Page<>(page, size, all.size(), slice.stream().map(as).toList());
    }

    /** A slice of a list held elsewhere: {@code offset} from its start, at most {@code limit} items. */
    @FunctionalInterface
    public interface Slicer<T> {
        List<T> slice(int offset, int limit);
    }

    /** Page {@code page} of a list of {@code total} items read by {@code slicer}; a page past the end is not read. */
    public static <T> Page<T> of(int total, int page, int size, Slicer<T> slicer) {
        long from = (long) (page - 1) * size;
        List<T> items = from >= total ? List.of() : slicer.slice((int) from, size);
        return new Page<>(page, size, total, items);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }
}
