package org.fonds.deliberation.tables;

/** How many documents bear one date (as written: a year, a month or a day) and are of one kind (null: not told). */
public record DateCount(String date, String kind, int documents) {
}
