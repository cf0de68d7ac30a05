/** Document dates as archives write them, and dates mentioned in the text (Roman-numeral months too). */
package org.fonds.parse.dates;
