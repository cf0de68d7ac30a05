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
        Copies.UnionFind sets = new Copies.UnionFind(accounts.stream().map(Account::documentId).toList());
        Map<String, List<Account>> byDate = new TreeMap<>();
        for (Account a : accounts) if (a.date() != null) byDate.computeIfAbsent(a.date(), k -> new ArrayList<>()).add(a);
        for (List<Account> day : byDate.values()) {
            for (int i = 0; i < day.size(); i++) {
                for (int j = i + 1; j < day.size(); j++) {
                    if (sameMeeting(day.get(i), day.get(j))) sets.union(day.get(i).documentId(), day.get(j).documentId());
                }
            }
        }
        Map<String, long[]> sketches = new HashMap<>();
        for (Account a : accounts) sketches.put(a.documentId(), a.sketch());
        Copies.joinSameText(sketches, sets);
        Map<String, TreeSet<String>> members = new HashMap<>();
        for (Account a : accounts) members.computeIfAbsent(sets.find(a.documentId()), k -> new TreeSet<>()).add(a.documentId());
        Map<String, List<String>> out = new TreeMap<>();
        for (Account a : accounts) out.put(a.documentId(), List.copyOf(members.get(sets.find(a.documentId()))));
        return out;
    }

    static boolean sameMeeting(Account a, Account b) {
        for (String p : a.protocols()) if (b.protocols().contains(p)) return true;
        boolean authored = !a.authors().isEmpty() || !b.authors().isEmpty();
        return authored && !new TreeSet<>(a.authors()).equals(new TreeSet<>(b.authors()));
    }
}
