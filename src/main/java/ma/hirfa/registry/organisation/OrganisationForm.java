package ma.hirfa.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organisation as typed in the form or sent to the API. Names accept letters of the Arabic, Latin and
 * Tifinagh scripts, digits, spaces and basic punctuation; control and bidi-override characters are refused.
 * The supervisor is given by id (API) or by national id or registration number (page).
 */
record OrganisationForm(
        OrganisationKind kind,

        @NotBlank @Size(max = 160) @Pattern(regexp = NAME, message = "{registry.organisation.name.invalid}")
        String nameAr,

        @NotBlank @Size(max = 160) @Pattern(regexp = NAME, message = "{registry.organisation.name.invalid}")
        String nameFr,

        @Pattern(regexp = ICE, message = "{registry.organisation.ice.invalid}")
        String ice,

        @Size(max = 30) @Pattern(regexp = TRADE_REGISTER, message = "{registry.organisation.tradeRegister.invalid}")
        String tradeRegister,

        @NotEmpty(message = "{registry.organisation.crafts.required}")
        List<String> crafts,

        @Size(max = 200) @Pattern(regexp = ADDRESS, message = "{registry.organisation.address.invalid}")
        String addressLine,

        @NotBlank String provinceCode,
        String communeCode,
        Long supervisorId,

        @Size(max = 30) String supervisorReference,
        Long version) {

    static final String NAME =
            "^(?!.*[\\p{Cc}\\p{Cf}])[\\p{IsArabic}\\p{IsLatin}\\p{IsTifinagh}\\p{M}\\p{Nd}'’ .,;:،؛؟\\-&()/«»\"]*$";
    static final String ADDRESS = NAME;
    static final String ICE = "^\\s*$|^\\s*([0-9]\\s*){15}$";
    static final String TRADE_REGISTER = "^(?!.*[\\p{Cc}\\p{Cf}])[\\p{IsLatin}\\p{Nd} ./\\-]*$";

    static OrganisationForm empty(OrganisationKind kind) {
        return new OrganisationForm(kind, "", "", "", "", List.of(), "", "", "", null, "", null);
    }

    OrganisationForm withKind(OrganisationKind forced) {
        return new OrganisationForm(
                forced,
                nameAr,
                nameFr,
                ice,
                tradeRegister,
                crafts,
                addressLine,
                provinceCode,
                communeCode,
                supervisorId,
                supervisorReference,
                version);
    }

    static OrganisationForm of(Organisation o, String supervisorReference) {
        OrganisationDetails d = o.details();
        return new OrganisationForm(
                d.kind(),
                d.nameAr(),
                d.nameFr(),
                d.ice(),
                d.tradeRegister(),
                o.craftCodes(),
                d.addressLine(),
                d.provinceCode(),
                d.communeCode(),
                d.supervisorId(),
                supervisorReference,
                o.version());
    }
}
