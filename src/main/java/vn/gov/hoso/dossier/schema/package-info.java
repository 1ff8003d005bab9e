/** The dossier's field specification (TT 06/2023 CV form, groups I–XI): public API of the dossier module. */
@NullMarked
package vn.gov.hoso.dossier.schema;

import org.jspecify.annotations.NullMarked;
