package ma.hirfa.coverage.file;

import java.time.LocalDate;
import ma.hirfa.coverage.rights.RightsBasis;
import ma.hirfa.coverage.rights.RightsStatus;

/** The rights of one month in one view, with the explanation in the caller's language. */
record RightsResponse(String month, RightsStatus status, String explanation, RightsBasis basis, LocalDate asOf) {}
