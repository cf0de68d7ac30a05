/** The part above the contents: labelled sections in any style, the title block. */
package org.fonds.parse.header;
