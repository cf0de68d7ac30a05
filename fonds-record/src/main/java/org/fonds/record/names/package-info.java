/**
 * Words about names that the parser and the people tables must agree on, such as the titles
 * written before a name. One list each, here, below both.
 */
package org.fonds.record.names;
