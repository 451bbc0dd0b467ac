package ma.hirfa.registry.organisation;

import java.time.LocalDate;
import java.util.List;

/** An organisation as pages and the API show it; places, crafts and members named for the reader. */
record OrganisationView(
        long id,
        OrganisationKind kind,
        String nameAr,
        String nameFr,
        String ice,
        String tradeRegister,
        String addressLine,
        String regionCode,
        String provinceCode,
        String province,
        String communeCode,
        String commune,
        List<CraftName> crafts,
        Person supervisor,
        List<Person> members,
        OrganisationStatus status,
        String registrationNumber,
        LocalDate registeredOn,
        String submittedBy,
        long version) {

    /** A craft's code and its name in the reader's language. */
    record CraftName(String code, String name) {}

    /** A member (with a role) or the supervisor (without) as the register names them. */
    record Person(long artisanId, String displayName, String registrationNumber, MemberRole role) {}
}
