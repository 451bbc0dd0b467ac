package ma.hirfa.platform.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.hirfa.platform.Role;

/** A staff account as an administrator or a chamber manager opens it; the name in Arabic letters is optional. */
record StaffForm(
        @NotBlank @Pattern(regexp = "^[a-zA-Z0-9._-]{3,40}$", message = "{platform.users.username.invalid}")
        String username,

        @NotBlank @Size(max = 160) String displayName,
        @Size(max = 160) String displayNameAr,
        @NotNull Role role,

        @Pattern(regexp = "^$|^(0[1-9]|1[0-2])$", message = "{platform.users.region.invalid}")
        String regionCode) {

    static StaffForm empty() {
        return new StaffForm("", "", "", Role.CHAMBER_AGENT, "");
    }
}
