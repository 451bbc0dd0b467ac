package ma.hirfa.platform;

/**
 * One module's part of the demo data. The platform's demo seeding runs every step once per database, in the
 * order it names them (ADR 0031), on exactly one node even when several start at once on an empty database.
 * A step writes through its module's services, so numbers, timeline and audit trail are those a user makes.
 */
public interface DemoStep {

    /** The step's name in the seeding order: {@code accounts}, {@code artisans}, {@code organisations}... */
    String name();

    /** Writes the step's demo rows; still skips them when its tables already hold data (databases seeded before). */
    void seed();
}
