package ma.hirfa.platform.account;

import jakarta.validation.Valid;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: profile and personal API tokens. */
@Controller
class AccountController {

    private final CurrentUsers users;
    private final ApiTokens tokens;
    private final AccountService accounts;

    AccountController(CurrentUsers users, ApiTokens tokens, AccountService accounts) {
        this.users = users;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String show(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        CurrentUser user = users.current();
        model.addAttribute("account", user);
        model.addAttribute("tokens", tokens.of(user.id()));
        return "platform/account/show";
    }

    @PostMapping("/account/tokens")
    String issue(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            CurrentUser user = users.current();
            model.addAttribute("account", user);
            model.addAttribute("tokens", tokens.of(user.id()));
            return "platform/account/show";
        }
        redirect.addFlashAttribute("newToken", tokens.issue(users.current().id(), form.name()));
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String password(Model model) {
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return "platform/account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.next().equals(form.confirmation())) {
            result.rejectValue("confirmation", "platform.password.mismatch");
        }
        if (!result.hasErrors()) {
            accounts.changePassword(users.current().username(), form.current(), form.next())
                    .ifPresent(key -> result.reject(key));
        }
        if (result.hasErrors()) {
            return "platform/account/password";
        }
        redirect.addFlashAttribute("message", "platform.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revocation")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(users.current().id(), id);
        redirect.addFlashAttribute("message", "platform.account.token.revoked");
        return "redirect:/account";
    }
}
