package ma.hirfa.infrastructure.unit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A unit as the API gives it; {@code vacantSince} is null unless the unit is vacant. */
record UnitResponse(
        long id,
        String number,
        int floor,
        UnitType type,
        BigDecimal area,
        BigDecimal monthlyRent,
        UnitStatus status,
        LocalDate vacantSince,
        long vacantDays) {

    static UnitResponse of(Unit u, LocalDate today) {
        return new UnitResponse(
                u.id(),
                u.unitNumber(),
                u.floor(),
                u.unitType(),
                u.areaM2(),
                u.monthlyRent(),
                u.status(),
                u.vacantSince(),
                u.vacantDays(today));
    }
}
