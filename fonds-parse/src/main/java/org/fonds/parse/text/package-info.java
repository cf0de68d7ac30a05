/**
 * Text that remembers where it came from: normalised source with a line index, markup stripped
 * with per-char source offsets, and literal anchors that keep regex scans cheap.
 */
package org.fonds.parse.text;
