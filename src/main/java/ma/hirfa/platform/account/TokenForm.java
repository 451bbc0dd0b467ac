package ma.hirfa.platform.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record TokenForm(@NotBlank @Size(max = 80) String name) {}
