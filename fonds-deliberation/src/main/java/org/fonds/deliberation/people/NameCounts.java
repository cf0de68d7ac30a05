package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the corpus-wide readings ({@link Gazetteer}, {@link NameForms}) take from every document's
 * names, as counts of documents: the ordinary words, the name forms and whether the text states
 * each is a name, which forms stand together in a list, every form a document gives the
 * resolution, its pseudonyms. A corpus of a million records names a few thousand distinct forms,
 * so the readings are worked out from these in a fraction of the time they took over every
 * occurrence, and a change moves the counts of its own documents alone ({@link #add}, {@link
 * #remove}): an update reads no other record's names for them (issue 14). Equal counts give equal
 * readings, however the corpus came to them.
 *
 * <p>A list is kept as the pairs of its items (an item with itself too): "a list with one person in
 * it makes its one-word items surnames" asks only whether an item stands in some list beside a
 * person, which its pairs tell.
 */
public final class NameCounts {
    /** Each kind of count, by the name it is stored under. */
    public enum Kind {
        /** An ordinary word: capitalised in some name form, written in lower case by the same document. */
        COMMON,
        /** A name form as an occurrence has it ({@link Item#key}). */
        ITEM,
        /** Two items of one list ({@link #pair}), an item with itself for a list it is in. */
        PAIR,
        /** A form the resolution is given ({@link NameForms#formsOf}). */
        FORM,
        /** A pseudonym and its bearer ({@link #pair} of the two forms). */
        PSEUDONYM
    }

    /** A name form as an occurrence has it: the form and whether the text states it is a name. */
    record Item(String form, boolean stated) implements Comparable<Item> {
        /** The item as one string: "1" or "0" for stated, then the form. */
        String key() {
            return (stated ? "1" : "0") + form;
        }

        static Item of(String key) {
            return new Item(key.substring(1), key.charAt(0) == '1');
        }

        @Override
        public int compareTo(Item o) {
            int c = form.compareTo(o.form);
            return c != 0 ? c : Boolean.compare(stated, o.stated);
        }
    }

    /** Between the two parts of a pair's key: no name form holds it. */
    static final char SEPARATOR = '\u0001';

    private final Map<Kind, Map<String, Integer>> counts = new HashMap<>();
    /** Keys whose count moved since {@link #clearMoved}, by kind. */
    private final Map<Kind, Set<String>> moved = new HashMap<>();
    /**
     * The pairs, by the numbers of their two items ({@link #itemNumber}, the lower first): a document of
     * a generated session has a dozen lists, and a string for each pair of each was most of the time
     * of counting a corpus. Made strings only where written out ({@link #counts}, {@link #moved}).
     */
    private final Map<Long, Integer> pairs = new HashMap<>();
    private final Set<Long> movedPairs = new HashSet<>();
    /** Off while counting a corpus afresh: nothing is moved then, and marking every key was a tenth of the time. */
    private boolean tracking = true;
    private final List<String> itemKeys = new ArrayList<>();
    private final Map<String, Integer> statedNumbers = new HashMap<>();
    private final Map<String, Integer> plainNumbers = new HashMap<>();

    /** True when read back from where the counts are kept ({@link #held}): what moved since is all a writer need write. */
    private final boolean fromTable;

    public NameCounts() {
        this(false);
    }

    private NameCounts(boolean fromTable) {
        this.fromTable = fromTable;
        for (Kind k : Kind.values()) {
            counts.put(k, new HashMap<>());
            moved.put(k, new HashSet<>());
        }
    }

    /** The counts of {@code documents}. */
    public static NameCounts of(Collection<DocumentNames> documents) {
        NameCounts out = new NameCounts();
        out.tracking = false;
        for (DocumentNames d : documents) out.add(d);
        out.tracking = true;
        return out;
    }

    /** Empty counts to be filled with those kept ({@link #put}). */
    public static NameCounts held() {
        return new NameCounts(true);
    }

    public boolean fromTable() {
        return fromTable;
    }

    public void add(DocumentNames d) {
        move(d, 1);
    }

    public void remove(DocumentNames d) {
        move(d, -1);
    }

    /** Sets a count as stored (for reading the counts back): no key is marked moved. */
    public void put(Kind kind, String key, int n) {
        if (n <= 0) return;
        if (kind == Kind.PAIR) {
            String[] ab = parts(key);
            pairs.put(pairNumber(itemNumber(Item.of(ab[0])), itemNumber(Item.of(ab[1]))), n);
        } else {
            counts.get(kind).put(key, n);
        }
    }

    /** Each key of one kind with its count (a count of zero is not held). */
    public Map<String, Integer> counts(Kind kind) {
        if (kind != Kind.PAIR) return Collections.unmodifiableMap(counts.get(kind));
        Map<String, Integer> out = new HashMap<>();
        pairs.forEach((p, n) -> out.put(pairKey(p), n));
        return out;
    }

    /** The keys of {@code kind} whose count moved since the counts were read or made; their count now is 0 when gone. */
    public Set<String> moved(Kind kind) {
        if (kind != Kind.PAIR) return Collections.unmodifiableSet(moved.get(kind));
        Set<String> out = new HashSet<>();
        for (long p : movedPairs) out.add(pairKey(p));
        return out;
    }

    /** The count of one key (0 when none). */
    public int count(Kind kind, String key) {
        if (kind != Kind.PAIR) return counts.get(kind).getOrDefault(key, 0);
        String[] ab = parts(key);
        // looked up, not numbered: asking for a pair of unknown items adds no item
        Integer a = numberOf(Item.of(ab[0]));
        Integer b = numberOf(Item.of(ab[1]));
        return a == null || b == null ? 0 : pairs.getOrDefault(pairNumber(a, b), 0);
    }

    public void clearMoved() {
        for (Set<String> s : moved.values()) s.clear();
        movedPairs.clear();
    }

    /** One document's part, each key once: a count is of documents. */
    private void move(DocumentNames d, int by) {
        for (String w : new HashSet<>(d.common())) bump(Kind.COMMON, w, by);
        Set<Integer> items = new HashSet<>();
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (Occurrence o : d.occurrences()) {
            int item = itemNumber(o.form(), o.stated());
            items.add(item);
            if (o.list() >= 0) lists.computeIfAbsent(o.list(), k -> new ArrayList<>()).add(item);
        }
        for (int i : items) bump(Kind.ITEM, itemKeys.get(i), by);
        // each pair of the document once, from a sorted array: a set of boxed pairs was most of the time of counting a corpus
        int size = 0;
        for (List<Integer> list : lists.values()) size += list.size() * (list.size() + 1) / 2;
        long[] pairsHere = new long[size];
        int n = 0;
        for (List<Integer> list : lists.values()) {
            for (int a = 0; a < list.size(); a++) {
                for (int b = a; b < list.size(); b++) pairsHere[n++] = pairNumber(list.get(a), list.get(b));
            }
        }
        java.util.Arrays.sort(pairsHere);
        for (int i = 0; i < n; i++) if (i == 0 || pairsHere[i] != pairsHere[i - 1]) bumpPair(pairsHere[i], by);
        for (String f : NameForms.formsOf(d)) bump(Kind.FORM, f, by);
        d.pseudonyms().forEach((form, bearer) -> bump(Kind.PSEUDONYM, pair(form, bearer), by));
    }

    private Integer numberOf(Item item) {
        return (item.stated() ? statedNumbers : plainNumbers).get(item.form());
    }

    private int itemNumber(Item item) {
        return itemNumber(item.form(), item.stated());
    }

    private int itemNumber(String form, boolean stated) {
        Map<String, Integer> numbers = stated ? statedNumbers : plainNumbers;
        Integer n = numbers.get(form);
        if (n == null) {
            n = itemKeys.size();
            itemKeys.add(new Item(form, stated).key());
            numbers.put(form, n);
        }
        return n;
    }

    private static long pairNumber(int a, int b) {
        return a <= b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private String pairKey(long p) {
        String a = itemKeys.get((int) (p >>> 32));
        String b = itemKeys.get((int) p);
        // in the order of the items' keys, whatever numbers they were given
        return a.compareTo(b) <= 0 ? pair(a, b) : pair(b, a);
    }

    private void bump(Kind kind, String key, int by) {
        Map<String, Integer> m = counts.get(kind);
        int n = m.getOrDefault(key, 0) + by;
        if (n < 0) throw new IllegalStateException("a name count below zero (" + kind + " " + key + "): a document removed that was not counted");
        if (n == 0) m.remove(key);
        else m.put(key, n);
        if (tracking) moved.get(kind).add(key);
    }

    private void bumpPair(long p, int by) {
        int n = pairs.getOrDefault(p, 0) + by;
        if (n < 0) throw new IllegalStateException("a name count below zero (" + pairKey(p) + "): a document removed that was not counted");
        if (n == 0) pairs.remove(p);
        else pairs.put(p, n);
        if (tracking) movedPairs.add(p);
    }

    static String pair(String a, String b) {
        return a + SEPARATOR + b;
    }

    /** The two parts of a pair's key. */
    static String[] parts(String pair) {
        int at = pair.indexOf(SEPARATOR);
        return new String[] {pair.substring(0, at), pair.substring(at + 1)};
    }

    /** The ordinary words. */
    Set<String> common() {
        return counts.get(Kind.COMMON).keySet();
    }

    /** Every item, in order (what the readings learn does not depend on the order; sorted, it is the same each time anyway). */
    List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (String k : counts.get(Kind.ITEM).keySet()) out.add(Item.of(k));
        Collections.sort(out);
        return out;
    }

    /** Each item of some list with the items it shares a list with (itself among them), in order. */
    Map<Item, List<Item>> partners() {
        Map<Integer, Set<Integer>> byNumber = new HashMap<>();
        for (long p : pairs.keySet()) {
            int a = (int) (p >>> 32);
            int b = (int) p;
            byNumber.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            byNumber.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        Map<Item, List<Item>> sorted = new java.util.TreeMap<>();
        byNumber.forEach((k, v) -> {
            List<Item> with = new ArrayList<>();
            for (int i : v) with.add(Item.of(itemKeys.get(i)));
            Collections.sort(with);
            sorted.put(Item.of(itemKeys.get(k)), with);
        });
        return sorted;
    }

    /** Every form the resolution is given. */
    Set<String> forms() {
        return counts.get(Kind.FORM).keySet();
    }

    /** Each pseudonym's form with its bearer's. */
    List<String[]> pseudonyms() {
        List<String[]> out = new ArrayList<>();
        for (String p : new TreeSet<>(counts.get(Kind.PSEUDONYM).keySet())) out.add(parts(p));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NameCounts other) || !counts.equals(other.counts)) return false;
        return counts(Kind.PAIR).equals(other.counts(Kind.PAIR));
    }

    @Override
    public int hashCode() {
        return counts.hashCode() + pairs.size();
    }
}
