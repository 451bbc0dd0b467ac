package ma.hirfa.registry.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A cooperative or enterprise in the register. The region follows from the province and drives access. */
@Table("reg_organisation")
record Organisation(
        @Id Long id,
        @Embedded.Empty OrganisationDetails details,
        String regionCode,
        @MappedCollection(idColumn = "organisation_id") Set<OrganisationCraft> crafts,
        @MappedCollection(idColumn = "organisation_id") Set<OrganisationMember> members,
        OrganisationStatus status,
        String registrationNumber,
        LocalDate registeredOn,
        String submittedBy,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    static Organisation draft(OrganisationDetails details, String region, Set<OrganisationCraft> crafts, Instant when) {
        return new Organisation(
                null, details, region, crafts, Set.of(), OrganisationStatus.DRAFT, null, null, null, when, when, null);
    }

    Organisation withDetails(
            OrganisationDetails changed, String region, Set<OrganisationCraft> newCrafts, Instant when, Long expected) {
        return new Organisation(
                id,
                changed,
                region,
                newCrafts,
                members,
                status,
                registrationNumber,
                registeredOn,
                submittedBy,
                createdAt,
                when,
                expected);
    }

    Organisation withMembers(Set<OrganisationMember> changed, Instant when) {
        return new Organisation(
                id,
                details,
                regionCode,
                crafts,
                changed,
                status,
                registrationNumber,
                registeredOn,
                submittedBy,
                createdAt,
                when,
                version);
    }

    Organisation submitted(String by, Instant when) {
        return new Organisation(
                id,
                details,
                regionCode,
                crafts,
                members,
                OrganisationStatus.SUBMITTED,
                registrationNumber,
                registeredOn,
                by,
                createdAt,
                when,
                version);
    }

    Organisation movedTo(OrganisationStatus next, Instant when) {
        return new Organisation(
                id,
                details,
                regionCode,
                crafts,
                members,
                next,
                registrationNumber,
                registeredOn,
                submittedBy,
                createdAt,
                when,
                version);
    }

    /** Registered for the first time: keeps its number for life, also after suspension and reinstatement. */
    Organisation registered(String number, LocalDate on, Instant when) {
        return new Organisation(
                id,
                details,
                regionCode,
                crafts,
                members,
                OrganisationStatus.REGISTERED,
                registrationNumber == null ? number : registrationNumber,
                registeredOn == null ? on : registeredOn,
                submittedBy,
                createdAt,
                when,
                version);
    }

    Set<OrganisationMember> membersWith(OrganisationMember added) {
        Set<OrganisationMember> changed = new HashSet<>(members);
        changed.add(added);
        return changed;
    }

    Set<OrganisationMember> membersWithout(long artisanId) {
        Set<OrganisationMember> changed = new HashSet<>(members);
        changed.removeIf(m -> m.artisanId() == artisanId);
        return changed;
    }

    boolean hasMember(long artisanId) {
        return members.stream().anyMatch(m -> m.artisanId() == artisanId);
    }

    boolean hasRole(MemberRole role) {
        return members.stream().anyMatch(m -> m.memberRole() == role);
    }

    List<String> craftCodes() {
        return crafts.stream().map(OrganisationCraft::craftCode).sorted().toList();
    }

    /** What the audit trail keeps: the file and its state, without technical columns, in a stable order. */
    Snapshot snapshot() {
        return new Snapshot(
                details,
                craftCodes(),
                members.stream()
                        .sorted(Comparator.comparing(OrganisationMember::artisanId))
                        .toList(),
                status,
                registrationNumber,
                registeredOn);
    }

    record Snapshot(
            OrganisationDetails details,
            List<String> crafts,
            List<OrganisationMember> members,
            OrganisationStatus status,
            String registrationNumber,
            LocalDate registeredOn) {}
}
