package ma.hirfa.infrastructure.complex;

import java.util.List;
import java.util.Set;

/**
 * The projects of a complex, given by the project feature: the complex's page and API list them without the
 * complex feature depending on how projects are kept (the project feature depends on complexes, not back).
 */
public interface ComplexProjects {

    /** The projects of a complex the caller has already checked, oldest first. */
    List<ProjectOverview> of(long complexId);

    /** The complexes of the reader's scope with a project short of money or late. */
    Set<Long> atRisk();
}
