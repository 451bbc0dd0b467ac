package ma.hirfa.registry.artisan;

import java.util.List;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the artisan form and the list filters need to show their choices, within the user's region. */
@Component
public class ArtisanFormPage {

    static final String FORM = "registry/artisans/form";

    private final ReferenceData reference;
    private final CurrentUsers users;

    ArtisanFormPage(ReferenceData reference, CurrentUsers users) {
        this.reference = reference;
        this.users = users;
    }

    public String show(Model model, Long id) {
        model.addAttribute("artisanId", id);
        filterChoices(model);
        ArtisanForm current = (ArtisanForm) model.getAttribute("form");
        boolean province = current != null
                && current.provinceCode() != null
                && !current.provinceCode().isBlank();
        model.addAttribute(
                "communes", province ? reference.communes(current.provinceCode().strip()) : List.of());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("bases", QualificationBasis.values());
        model.addAttribute("taxStatuses", TaxStatus.values());
        return FORM;
    }

    void filterChoices(Model model) {
        model.addAttribute(
                "provinces",
                reference.provinces(users.current().scope().restriction().orElse(null)));
        model.addAttribute("crafts", reference.crafts());
        model.addAttribute("categories", Category.values());
    }

    List<ma.hirfa.reference.Commune> communesOf(String province) {
        return province == null || province.isBlank() ? List.of() : reference.communes(province.strip());
    }
}
