/**
 * Reads export files into records. Start at {@link org.fonds.parse.RecordParser}: bytes in, a
 * {@link org.fonds.parse.ParseOutcome} out (a record with warnings, or a refusal), never an
 * exception. Sub-packages follow the steps: {@code decode}, {@code text}, {@code header},
 * {@code citation}, {@code contents}, {@code session}, {@code dates}.
 */
package org.fonds.parse;
