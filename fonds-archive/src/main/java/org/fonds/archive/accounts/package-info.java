/**
 * The accounts of a home: who may sign in to correct it and with what {@link org.fonds.archive.accounts.Role},
 * kept in {@code accounts.json} (owner-only) with Argon2id password hashes ({@link org.fonds.archive.accounts.PasswordHash}).
 * {@code fonds user} changes them; the web reads them afresh on every question.
 */
package org.fonds.archive.accounts;
