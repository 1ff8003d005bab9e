/** REST API of the signing module: validation of the stored signatures of a dossier version. */
@NullMarked
package vn.gov.hoso.signing.web;

import org.jspecify.annotations.NullMarked;
