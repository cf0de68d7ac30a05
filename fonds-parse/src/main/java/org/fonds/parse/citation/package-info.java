/** Citations and source blocks: repository, URLs, archival references, compiler, publication. */
package org.fonds.parse.citation;
