package ma.hirfa.coverage.file;

import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adds and removes the spouse and children of an enrolled artisan, on the artisan's coverage page. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class BeneficiaryController {

    static final String FORM = "beneficiary";

    private final Beneficiaries beneficiaries;
    private final CoverageAccess access;
    private final CoverageFiles files;
    private final FormPages forms;

    BeneficiaryController(Beneficiaries beneficiaries, CoverageAccess access, CoverageFiles files, FormPages forms) {
        this.beneficiaries = beneficiaries;
        this.access = access;
        this.files = files;
        this.forms = forms;
    }

    @PostMapping("/coverage/artisans/{id}/beneficiaries")
    String add(@PathVariable long id, BeneficiaryForm form, RedirectAttributes flash) {
        access.artisan(id); // another region's artisan is not found, whatever was typed
        forms.inForm(
                FORM,
                form,
                flash,
                () -> {
                    Refusal problems = Refusal.invalid();
                    Beneficiary beneficiary = form.read(problems);
                    if (problems.any()) { // tell every problem at once: the rules' too, nothing is written
                        BeneficiaryRules.check(beneficiary, "", problems, files.today());
                        problems.throwIfAny();
                    }
                    beneficiaries.add(id, beneficiary);
                },
                "coverage.beneficiary.added");
        return "redirect:/coverage/artisans/" + id + "#beneficiaries";
    }

    @PostMapping("/coverage/artisans/{id}/beneficiaries/{beneficiaryId}/remove")
    String remove(@PathVariable long id, @PathVariable long beneficiaryId, RedirectAttributes flash) {
        forms.inForm(FORM, null, flash, () -> beneficiaries.remove(id, beneficiaryId), "coverage.beneficiary.removed");
        return "redirect:/coverage/artisans/" + id + "#beneficiaries";
    }
}
