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
        return group(accounts, true);
    }

    /** As {@link #group(List)}, for the documents with another account only: the others are alone. */
    public static Map<String, List<String>> grouped(List<Account> accounts) {
        return group(accounts, false);
    }

    /**
     * Over positions in id order, not strings: at a million records (934,000 sessions) the map of
     * strings this replaced was much of an update's regrouping (issue 14). A set's root is its smallest
     * position, so the groups do not depend on the order the accounts came in.
     */
    private static Map<String, List<String>> group(List<Account> accounts, boolean alone) {
        Account[] sorted = accounts.toArray(Account[]::new);
        java.util.Arrays.sort(sorted, java.util.Comparator.comparing(Account::documentId));
        String[] ids = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) ids[i] = sorted[i].documentId();
        int[] root = Copies.identity(sorted.length);
        Map<String, List<Integer>> byDate = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i].date() != null) byDate.computeIfAbsent(sorted[i].date(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> day : byDate.values()) joinDay(day, sorted, (a, b) -> {
            int ra = Copies.find(root, a);
            int rb = Copies.find(root, b);
            if (ra != rb) Copies.union(root, ra, rb);
        });
        long[][] values = new long[sorted.length][];
        for (int i = 0; i < sorted.length; i++) values[i] = Copies.valuesOf(sorted[i].sketch());
        Copies.joinSameText(values, root);
        Map<String, List<String>> out = new TreeMap<>();
        Copies.groups(ids, root, alone).forEach((i, members) -> out.put(ids[i], members));
        return out;
    }

    /** Joins two positions. */
    interface Join {
        void join(int a, int b);
    }

    /**
     * Joins the accounts of one day ({@code day}: positions in {@code accounts}) that {@link #sameMeeting}
     * says are one meeting, without comparing every pair: at a million generated records a day holds
     * hundreds of sessions, and the pairs were a third of the regrouping (issue 14). Two accounts of
     * different authors are one meeting, so where a day has two sets of authors or more every account
     * of it meets one of another set and the day is one meeting; else only a shared protocol joins.
     */
    static void joinDay(List<Integer> day, Account[] accounts, Join join) {
        Map<List<String>, Integer> byAuthors = new HashMap<>();
        for (int i : day) byAuthors.putIfAbsent(List.copyOf(new TreeSet<>(accounts[i].authors())), i);
        if (byAuthors.size() > 1) {
            for (int i : day) join.join(day.get(0), i);
            return;
        }
        Map<String, Integer> byProtocol = new HashMap<>();
        for (int i : day) {
            for (String p : accounts[i].protocols()) {
                Integer first = byProtocol.putIfAbsent(p, i);
                if (first != null) join.join(first, i);
            }
        }
    }

    static boolean sameMeeting(Account a, Account b) {
        for (String p : a.protocols()) if (b.protocols().contains(p)) return true;
        boolean authored = !a.authors().isEmpty() || !b.authors().isEmpty();
        return authored && !new TreeSet<>(a.authors()).equals(new TreeSet<>(b.authors()));
    }
}
