package ma.hirfa.registry.organisation;

import org.springframework.data.relational.core.mapping.Table;

/** A craft of the nomenclature the organisation practises. */
@Table("reg_organisation_craft")
record OrganisationCraft(String craftCode) {}
