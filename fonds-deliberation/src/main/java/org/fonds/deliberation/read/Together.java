package org.fonds.deliberation.read;

/** Two people ({@code first} before {@code second} by id) and the number of sessions both took part in. */
public record Together(String first, String second, int sessions) {
}
