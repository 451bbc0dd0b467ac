package ma.hirfa.registry.organisation;

import org.springframework.data.relational.core.mapping.Table;

/** A registered artisan who belongs to the organisation, referred to by id. */
@Table("reg_organisation_member")
record OrganisationMember(Long artisanId, MemberRole memberRole) {}
