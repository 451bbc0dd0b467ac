package ma.hirfa.apprenticeship.contract;

import jakarta.validation.constraints.Size;

/** The apprentice's file in the register (national id or registration number), when not linked yet. */
record CertifyForm(@Size(max = 30) String apprenticeReference) {}
