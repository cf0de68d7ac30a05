/**
 * One stored document in the scholarly formats: RIS, BibTeX (biblatex), CSL-JSON, the Chicago
 * notes-bibliography citation (rendered by citeproc-java from the CSL-JSON item) and TEI P5.
 *
 * <p>Start at {@link org.fonds.export.Exports}: find a {@link org.fonds.export.Format} by the name of
 * {@code fonds show --format} or by the extension of {@code /documents/ID.EXT}, and write a record
 * with a {@link org.fonds.export.Citing} (the page URL, access date and stored version that the
 * record alone does not know). Every format escapes whatever text a record holds; the tests
 * read each one back with a real parser or validator.
 */
package org.fonds.export;
