package ma.hirfa.registry.artisan;

import java.time.LocalDate;
import ma.hirfa.registry.card.CardView;

/** An artisan's file as pages and the API show it; place and craft names in the reader's language. */
public record ArtisanView(
        long id,
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        String displayName,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String regionCode,
        String provinceCode,
        String province,
        String communeCode,
        String commune,
        String craftCode,
        String craft,
        Category category,
        QualificationBasis qualificationBasis,
        Integer experienceYears,
        TaxStatus taxStatus,
        String address,
        String workshopAddress,
        java.util.List<String> otherCrafts,
        ArtisanStatus status,
        String registrationNumber,
        LocalDate registeredOn,
        String submittedBy,
        boolean correctionRequested,
        boolean potentialDuplicate,
        CardView card,
        long version) {}
