package ma.hirfa.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A committee member: their user name and name; the artisan they are (by id or registration number / national
 * id) and their relatives among artisans (ids, or references separated by commas), when there are any.
 */
record CallMemberForm(
        @NotBlank @Size(max = 80) String username,
        @NotBlank @Size(max = 160) String fullName,
        Long artisanId,
        @Size(max = 30) String artisanReference,
        List<Long> relativeIds,
        @Size(max = 500) String relativeReferences) {}
