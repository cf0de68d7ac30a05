/**
 * TEI volumes that hold many documents (the FRUS volumes of the Office of the Historian): one input
 * file, many records. {@link org.fonds.parse.tei.TeiVolumes} tells such a file from an export and
 * reads it into a {@link org.fonds.parse.tei.Volume}: the volume's own record (its header and list of
 * persons) and one {@link org.fonds.parse.tei.VolumeDocument} per {@code div[@type='document']},
 * whose source is the div's bytes exactly as they stand in the file. XML is read by
 * {@link org.fonds.parse.tei.SafeXml}: no DTD, no entities, no XInclude, nothing fetched.
 */
package org.fonds.parse.tei;
