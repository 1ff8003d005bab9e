/** REST API of the dossier module under /api. */
@NullMarked
package vn.gov.hoso.dossier.web;

import org.jspecify.annotations.NullMarked;
