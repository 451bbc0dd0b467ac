package ma.hirfa.calls;

/** Who applies to a call: a registered artisan or a cooperative/enterprise of the register, by id. */
public record Applicant(Kind kind, long id) {

    public enum Kind {
        ARTISAN,
        ORGANISATION
    }

    public static Applicant artisan(long id) {
        return new Applicant(Kind.ARTISAN, id);
    }

    public static Applicant organisation(long id) {
        return new Applicant(Kind.ORGANISATION, id);
    }
}
