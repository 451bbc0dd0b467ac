package ma.hirfa.training.session;

/** Where a programme is given: in a training centre, in a workshop, or by a caravan touring the region. */
public enum ProgrammeType {
    CENTRE,
    WORKSHOP,
    CARAVAN
}
