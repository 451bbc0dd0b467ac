package ma.hirfa.infrastructure.complex;

import org.springframework.data.relational.core.mapping.Table;

/** A craft of the nomenclature a complex is meant for. */
@Table("infra_complex_craft")
record ComplexCraft(String craftCode) {}
