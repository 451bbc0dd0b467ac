package ma.hirfa.vae.framework;

import ma.hirfa.platform.Language;
import ma.hirfa.platform.Trilingual;

/**
 * A competency of a reference framework with its evaluation criteria: {@code criteria} is the French text every
 * competency has, {@code criteriaAr} and {@code criteriaZgh} may still be missing (then another language shows).
 */
public record CompetencyView(
        long id,
        long frameworkId,
        int position,
        String nameAr,
        String nameFr,
        String nameZgh,
        String criteria,
        String criteriaAr,
        String criteriaZgh) {

    public String name(Language language) {
        return language.pick(nameAr, nameFr, nameZgh);
    }

    public Trilingual names() {
        return new Trilingual(nameAr, nameFr, nameZgh);
    }

    public Trilingual criteriaTexts() {
        return new Trilingual(criteriaAr, criteria, criteriaZgh);
    }

    /** The criteria in the page's language, or another one marked as a fallback. */
    public Trilingual.Wording criteria(Language language) {
        return criteriaTexts().in(language);
    }
}
