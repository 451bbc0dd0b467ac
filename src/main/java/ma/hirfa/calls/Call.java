package ma.hirfa.calls;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ma.hirfa.platform.Trilingual;

/** A call for applications as stored, with its grid and the items it offers. */
record Call(
        long id,
        String kind,
        long ownerId,
        String regionCode,
        Trilingual title,
        String eligibility,
        LocalDate opensOn,
        LocalDate closesOn,
        int appealDays,
        CallStatus status,
        LocalDate publishedOn,
        LocalDate finalOn,
        String createdBy,
        OffsetDateTime createdAt,
        List<GridCriterion> grid,
        List<OfferedItem> items) {

    /** Applications are taken while the call is open and today is within its dates (both days included). */
    boolean takesApplicationsOn(LocalDate day) {
        return status == CallStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** The last day an appeal may be lodged: the publication day plus the window. */
    LocalDate appealsUntil() {
        return publishedOn == null ? null : publishedOn.plusDays(appealDays);
    }

    int maxOf(CriterionCode code) {
        return grid.stream()
                .filter(c -> c.code() == code)
                .mapToInt(GridCriterion::maxScore)
                .findFirst()
                .orElse(-1);
    }

    boolean offers(String ref) {
        return items.stream().anyMatch(i -> i.ref().equals(ref));
    }
}
