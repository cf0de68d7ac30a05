/** Bytes to text: byte-order marks, strict UTF-8, UTF-16, the windows-1252 fallback, and refusals. */
package org.fonds.parse.decode;
