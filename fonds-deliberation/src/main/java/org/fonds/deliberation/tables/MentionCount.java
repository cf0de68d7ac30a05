package org.fonds.deliberation.tables;

/**
 * The dates mentioned whose text begins with {@code key} (the first characters of an ISO date: "1956",
 * "1956-11", "1956-11-04"): how many mentions, and in how many documents. A picture of a wide range
 * reads these counts instead of every mention with its text (a year of 100,000 records holds some
 * 60,000 mentions).
 */
public record MentionCount(String key, int mentions, int documents) {
}
