package org.fonds.deliberation.tables;

/**
 * One document as the chronology lists it: its date as the record gives it (ISO, a year, a month or
 * a day; null when undated), its kind ("telegram", "working notes"; null when the parser could not
 * tell) and its title (may be null).
 */
public record DocumentEntry(String documentId, String date, String kind, String title) {
}
