package ma.hirfa.platform.account;

import jakarta.validation.Valid;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CHAMBER_MANAGER')")
class StaffAccountController {

    private final StaffAccounts staff;
    private final FormPages forms;

    StaffAccountController(StaffAccounts staff, FormPages forms) {
        this.staff = staff;
        this.forms = forms;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        if (!model.containsAttribute("staffForm")) {
            model.addAttribute("staffForm", StaffForm.empty());
        }
        return page(model);
    }

    @PostMapping("/admin/users")
    String open(
            @Valid @ModelAttribute("staffForm") StaffForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model);
        }
        forms.attempt(binding, model, () -> staff.open(form))
                .ifPresent(opened -> opened.ifPresentOrElse(
                        password -> {
                            redirect.addFlashAttribute(
                                    "openedUser", form.username().strip().toLowerCase(java.util.Locale.ROOT));
                            redirect.addFlashAttribute("firstPassword", password);
                        },
                        () -> binding.rejectValue("username", "platform.users.taken")));
        return binding.hasErrors() ? page(model) : "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean on, Locale locale, RedirectAttributes redirect) {
        return forms.redirect("/admin/users", locale, redirect, () -> {
            staff.enable(id, on);
            return on ? "platform.users.enabledDone" : "platform.users.disabledDone";
        });
    }

    @PostMapping("/admin/users/{id}/password-reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("firstPassword", staff.resetPassword(id));
        return "redirect:/admin/users";
    }

    private String page(Model model) {
        java.util.List<UserAccount> accounts = staff.visible();
        model.addAttribute("accounts", accounts);
        model.addAttribute(
                "manageable",
                accounts.stream()
                        .filter(staff::manageable)
                        .map(UserAccount::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("roles", staff.assignableRoles());
        return "platform/account/users";
    }
}
