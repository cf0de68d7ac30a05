/** The {@code fonds} command: one picocli class per verb, returning the exit code of spec/INTERFACES.md. */
package org.fonds.cli;
