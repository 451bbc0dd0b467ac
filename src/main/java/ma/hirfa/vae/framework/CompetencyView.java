package ma.hirfa.vae.framework;

import ma.hirfa.platform.Language;

/** A competency of a reference framework with its evaluation criteria. */
public record CompetencyView(
        long id, long frameworkId, int position, String nameAr, String nameFr, String nameZgh, String criteria) {

    public String name(Language language) {
        return switch (language) {
            case AR -> nameAr;
            case FR -> nameFr;
            case ZGH -> nameZgh;
        };
    }
}
