package ma.hirfa.platform.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank String current,
        @NotBlank @Size(min = 10, max = 200) String next,
        String confirmation) {}
