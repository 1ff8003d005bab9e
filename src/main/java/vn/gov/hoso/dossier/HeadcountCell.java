package vn.gov.hoso.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One group of a headcount: the dossiers of one employing unit with one value of the counted column.
 *
 * @param key the column's value (null: not declared); for {@link HeadcountDimension#AGE_BAND} the date of birth
 * @param dateOfBirth set only for {@link HeadcountDimension#AGE_BAND}
 */
public record HeadcountCell(String unitId, @Nullable String key, @Nullable LocalDate dateOfBirth, long count) {}
