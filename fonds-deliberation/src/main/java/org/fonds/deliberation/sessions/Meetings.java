package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which records are accounts of one meeting: the same text from two publishers (recognised by
 * content: their sketches agree), or records of one date that share a protocol number or that
 * different authors wrote (Malin's and Horvath's notes of 3 November 1956). Two records of one
 * date by the same note-taker are two sessions (the two sessions of 2 November 1956).
 */
public final class Meetings {
    /** Sketches that agree on this share of their values are the same text. */
    static final double SAME_TEXT = 0.5;
    /** Copies are compared when they agree on one of this many sketch values: a pair that agrees on half misses all of them once in 256. */
    private static final int BANDS = 8;

    private Meetings() {
    }

    /** What grouping needs of one meeting record. */
    public record Account(String documentId, String date, List<String> protocols, List<String> authors, long[] sketch) {
        public Account {
            Objects.requireNonNull(documentId, "documentId");
            protocols = List.copyOf(protocols);
            authors = List.copyOf(authors);
        }
    }

    /** For each document id, the ids of every account of its meeting (itself included), sorted. */
    public static Map<String, List<String>> group(List<Account> accounts) {
        Map<String, String> parent = new HashMap<>();
        for (Account a : accounts) parent.put(a.documentId(), a.documentId());
        Map<String, List<Account>> byDate = new TreeMap<>();
        for (Account a : accounts) if (a.date() != null) byDate.computeIfAbsent(a.date(), k -> new ArrayList<>()).add(a);
        for (List<Account> day : byDate.values()) {
            for (int i = 0; i < day.size(); i++) {
                for (int j = i + 1; j < day.size(); j++) {
                    if (sameMeeting(day.get(i), day.get(j))) union(parent, day.get(i).documentId(), day.get(j).documentId());
                }
            }
        }
        // the same text: compared within buckets of equal first sketch values, not every pair
        Map<String, List<Account>> buckets = new HashMap<>();
        for (Account a : accounts) {
            for (int band = 0; band < Math.min(BANDS, a.sketch().length); band++) {
                buckets.computeIfAbsent(band + ":" + a.sketch()[band], k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Account> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    if (Sketch.similarity(bucket.get(i).sketch(), bucket.get(j).sketch()) >= SAME_TEXT) {
                        union(parent, bucket.get(i).documentId(), bucket.get(j).documentId());
                    }
                }
            }
        }
        Map<String, TreeSet<String>> members = new HashMap<>();
        for (Account a : accounts) members.computeIfAbsent(find(parent, a.documentId()), k -> new TreeSet<>()).add(a.documentId());
        Map<String, List<String>> out = new TreeMap<>();
        for (Account a : accounts) out.put(a.documentId(), List.copyOf(members.get(find(parent, a.documentId()))));
        return out;
    }

    private static boolean sameMeeting(Account a, Account b) {
        for (String p : a.protocols()) if (b.protocols().contains(p)) return true;
        boolean authored = !a.authors().isEmpty() || !b.authors().isEmpty();
        return authored && !new TreeSet<>(a.authors()).equals(new TreeSet<>(b.authors()));
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        while (!parent.get(id).equals(root)) {
            String next = parent.get(id);
            parent.put(id, root);
            id = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        // the smaller id is the root, so the grouping does not depend on the order of input
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else if (rb.compareTo(ra) < 0) parent.put(ra, rb);
    }
}
