package ma.hirfa.vae.jury;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member added to a jury. The artisan (for professionals of the register) and the relatives are given by id
 * (API) or by national id or registration number (page, comma separated). {@code noConflictDeclared} is the
 * signed declaration of no conflict of interest: without it the member is refused.
 */
record MemberForm(
        @NotNull MemberKind memberKind,
        @NotBlank @Size(max = 160) String fullName,
        Long artisanId,
        @Size(max = 30) String artisanReference,
        List<Long> relativeIds,
        @Size(max = 500) String relativeReferences,
        boolean noConflictDeclared) {}
